import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { readPdf } from '../../src/pdf/read-pdf.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'lesdia-pdf-reuse-'));
  cpSync(path.resolve('tests/fixtures/pdf/slides'), path.join(root, 'slides'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const quiet = async (args: string[]): Promise<number> => {
  const { log, error } = console;
  console.log = () => undefined;
  console.error = () => undefined;
  try {
    return await main(args);
  } finally {
    Object.assign(console, { log, error });
  }
};

describe('lesdia pdf after lesdia build', () => {
  it('prints from the built site while it is current, and builds its own once a page changed', async () => {
    const slides = path.join(root, 'slides');
    const out = path.join(root, 'dist');
    expect(await quiet(['build', slides, '--out', out])).toBe(0);
    // A mark only the built site has: it shows in the PDF only when the PDF was printed from that site.
    const page = path.join(out, 'stappen', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Twee pauzes</h', 'Twee pauzes GEBOUWD</h'));
    expect(await quiet(['pdf', slides, '--out', out])).toBe(0);
    expect((await readPdf(readFileSync(path.join(out, 'stappen.pdf')))).pages[1]?.text).toContain('GEBOUWD');

    const source = path.join(slides, 'stappen.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace('Twee pauzes', 'Twee korte pauzes'));
    expect(await quiet(['pdf', slides, '--out', out])).toBe(0);
    const text = (await readPdf(readFileSync(path.join(out, 'stappen.pdf')))).pages[1]?.text ?? '';
    expect(text).toContain('Twee korte pauzes');
    expect(text).not.toContain('GEBOUWD');
  });
});
