import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../../src/pdf/read-pdf.ts';

let out: string;
beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'lesdia-handout-test-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const squash = (text: string) => text.replace(/\s+/g, '');
const textOf = async (file: string) => squash((await readPdf(readFileSync(file))).pages.map((page) => page.text).join(' '));

// The Docker deck's three questions, their right options, an explanation and a note about the answer.
const QUESTIONS = ['Wat deelt een container met de host, en een virtuele machine niet?', 'Uit welke twee onderdelen bestaat de Docker Engine?', 'Wat gebeurt er met de data?'];
const OPTIONS = ['De kernel van het besturingssysteem', 'Die is automatisch naar Docker Hub geüpload'];
const ANSWERS = ['Goed antwoord: B', 'Goede antwoorden: A en B', 'Een volume leeft los van de container', 'draait als gewoon proces op de kernel van de host'];
const NOTES_ON_ANSWERS = ['het guest OS zit alleen links'];

describe('hand-outs with questions', () => {
  it('print the questions with their options and no answers; --answers adds them for the teacher', async () => {
    expect(await main(['pdf', 'slides', '--handout', '--out', out])).toBe(0);
    const students = await textOf(path.join(out, 'docker-ecosysteem-hand-out.pdf'));
    for (const text of [...QUESTIONS, ...OPTIONS]) expect(students).toContain(squash(text));
    for (const text of [...ANSWERS, ...NOTES_ON_ANSWERS]) expect(students).not.toContain(squash(text));

    expect(await main(['pdf', 'slides', '--handout', '--answers', '--out', out])).toBe(0);
    const teacher = await textOf(path.join(out, 'docker-ecosysteem-hand-out-antwoorden.pdf'));
    for (const text of [...QUESTIONS, ...OPTIONS, ...ANSWERS, ...NOTES_ON_ANSWERS]) expect(teacher).toContain(squash(text));
  }, 120_000);

  it('--answers without --handout is a usage error', async () => {
    expect(await main(['pdf', 'slides', '--answers', '--out', out])).toBe(2);
  });
});
