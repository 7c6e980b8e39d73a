import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { exportPdfs, type PdfExport, type PdfLayout } from '../../src/pdf/export-pdf.ts';
import { locateChromium } from '../../src/browser/locate-chromium.ts';
import { readPdf, type PdfContents } from '../../src/pdf/read-pdf.ts';
import { readPrintedPages } from '../../src/pdf/read-printed-pdf.ts';
import { verifyPdf } from '../../src/pdf/verify-pdf.ts';
import { createDeckProject } from '../../src/project/deck-project.ts';

let out: string;
beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'lesdia-pdf-test-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const squash = (text: string) => text.replace(/\s+/g, '');

async function exportDeck(slidesDir: string, layout: PdfLayout): Promise<{ made: PdfExport; pdf: PdfContents; titles: string[]; notes: string[]; questions: boolean[] }> {
  const project = createDeckProject({ slidesDir });
  const decks = await Promise.all(project.listDecks().map(async (file) => ({ file, compiled: await project.compile(file, 'client.ts') })));
  const [made] = await exportPdfs({ slidesDir }, decks.map(({ file, compiled }) => ({ file, meta: compiled.deck.meta })), { layout, outDir: out, log: () => undefined });
  if (!made) throw new Error('no PDF');
  const slides = decks[0]?.compiled.deck.slides ?? [];
  const bytes = readFileSync(made.file);
  const pdf = await readPdf(bytes);
  // lesdia verifies with its own reader of Chromium's PDFs: it must read the same text, fonts and images as pdf.js.
  expect(readPrintedPages(bytes)?.map((page) => ({ ...page, text: squash(page.text) }))).toEqual(pdf.pages.map(({ text, fonts, images }) => ({ text: squash(text), fonts, images })));
  const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  return { made, pdf, titles: slides.map((s) => s.title), notes: slides.map((s) => plain(s.notesHtml)), questions: slides.map((s) => s.html.includes('class="quiz"')) };
}


describe('lesdia pdf, read back', () => {
  it('slides: one 16:9 page per slide, its title on it, bookmarks, metadata, tags, no blank page', async () => {
    const { made, pdf, titles } = await exportDeck(path.resolve('slides'), 'slides');
    expect(made.problems).toEqual([]);
    expect(pdf.pages).toHaveLength(titles.length);
    pdf.pages.forEach((page, i) => {
      expect(squash(page.text), `page ${i + 1}`).toContain(squash(titles[i] ?? ''));
      expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
      expect(page.fonts.some((font) => font.startsWith('AtkinsonHyperlegible'))).toBe(true);
    });
    expect(pdf.outline).toHaveLength(22);
    expect(pdf.outline.slice(0, 4)).toEqual(['Docker Ecosysteem', 'Docker Container', 'Virtuele Machine (VM)', 'Docker vs VM']);
    expect(pdf.title).toBe('Docker Ecosysteem');
    expect(pdf.lang).toBe('nl');
    expect(pdf.tagged).toBe(true);
    expect(pdf.pages.some((page) => page.fonts.some((font) => font.startsWith('JetBrainsMono')))).toBe(true);
  });

  it('formulas print in KaTeX\'s bundled fonts, which are not reported as fallbacks', async () => {
    const slides = mkdtempSync(path.join(os.tmpdir(), 'lesdia-pdf-math-'));
    try {
      writeFileSync(path.join(slides, 'formules.md'), '---\ntitle: Formules\n---\n\n::: section\n### Paren\nEen groep van $n$ mensen vormt $\\frac{n(n-1)}{2}$ paren.\n\n$$\n\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\n$$\n:::\n');
      const { made, pdf } = await exportDeck(slides, 'slides');
      expect(made.problems).toEqual([]);
      expect(pdf.pages[1]?.fonts.some((font) => font.includes('KaTeX_'))).toBe(true);
      expect(made.otherFonts.filter((font) => font.includes('KaTeX_'))).toEqual([]);
    } finally {
      rmSync(slides, { recursive: true, force: true });
    }
  });

  it('steps: one page per build step, each showing only what that step shows', async () => {
    const { made, pdf } = await exportDeck(path.resolve('tests/fixtures/pdf/slides'), 'steps');
    expect(made.problems).toEqual([]);
    // Title slide, three steps of the pauses, three line steps of the code.
    expect(pdf.pages).toHaveLength(7);
    expect(pdf.pages[1]?.text).toContain('Eerst dit.');
    expect(pdf.pages[1]?.text).not.toContain('Daarna dit.');
    expect(pdf.pages[2]?.text).toContain('Daarna dit.');
    expect(pdf.pages[2]?.text).not.toContain('Tot slot dit.');
    expect(pdf.pages[3]?.text).toContain('Tot slot dit.');
    expect(pdf.outline).toEqual(['Stappen', 'Twee pauzes', 'Code in stappen']);
    expect(pdf.author).toBe('Docent Informatica');
  });

  it('links work: to another slide inside the PDF, and out to the web', async () => {
    const { pdf } = await exportDeck(path.resolve('tests/fixtures/pdf/slides'), 'slides');
    expect(pdf.links[2]).toEqual(expect.arrayContaining(['page 2', 'https://docs.docker.com/']));
  });

  it('handout: A4 pages with every slide and its notes in full, page numbers and the title in the footer', async () => {
    const { made, pdf, notes, questions } = await exportDeck(path.resolve('slides'), 'handout');
    expect(made.problems).toEqual([]);
    // A4: 210 × 297 mm is 595 × 842 points.
    expect(pdf.pages.every((page) => Math.abs(page.width - 595) < 2 && Math.abs(page.height - 842) < 2)).toBe(true);
    const all = squash(pdf.pages.map((page) => page.text).join(' '));
    // A question slide's notes discuss its answer: a student's hand-out leaves them out (see handout-questions.test.ts).
    for (const note of notes.filter((text, i) => text && !questions[i])) expect(all).toContain(squash(note));
    pdf.pages.forEach((page, i) => expect(page.text).toContain(`${i + 1} / ${pdf.pages.length}`));
    expect(pdf.pages[0]?.text).toContain('Docker Ecosysteem');
    expect(pdf.outline).toHaveLength(22);
  });

  it('two exports at once do not collide', async () => {
    const slides = path.resolve('tests/fixtures/pdf/slides');
    const [steps, handout] = await Promise.all([exportDeck(slides, 'steps'), exportDeck(slides, 'handout')]);
    expect(steps.made.problems).toEqual([]);
    expect(handout.made.problems).toEqual([]);
    expect(steps.pdf.pages).toHaveLength(7);
    expect(handout.made.file).not.toBe(steps.made.file);
  });

  it('several decks in one export: each PDF has its own slides, title and bookmarks', async () => {
    const slides = mkdtempSync(path.join(os.tmpdir(), 'lesdia-pdf-two-'));
    try {
      writeFileSync(path.join(slides, 'eerste.md'), '---\ntitle: Eerste les\n---\n\n::: section\n### Images\nEen image is een sjabloon.\n:::\n');
      writeFileSync(path.join(slides, 'tweede.md'), '---\ntitle: Tweede les\n---\n\n::: section\n### Volumes\nData blijft bewaard.\n:::\n\n::: section\n### Netwerken\nContainers praten samen.\n:::\n');
      const project = createDeckProject({ slidesDir: slides });
      const decks = await Promise.all(project.listDecks().map(async (file) => ({ file, meta: (await project.compile(file, 'client.ts')).deck.meta })));
      const made = await exportPdfs({ slidesDir: slides }, decks, { layout: 'slides', outDir: out, log: () => undefined });
      const read = await Promise.all(made.map(async (pdf) => ({ name: path.basename(pdf.file), problems: pdf.problems, pdf: await readPdf(readFileSync(pdf.file)) })));
      expect(read.map(({ name, problems, pdf }) => ({ name, problems, title: pdf.title, outline: pdf.outline }))).toEqual([
        { name: 'eerste.pdf', problems: [], title: 'Eerste les', outline: ['Eerste les', 'Images'] },
        { name: 'tweede.pdf', problems: [], title: 'Tweede les', outline: ['Tweede les', 'Volumes', 'Netwerken'] },
      ]);
      expect(read[1]?.pdf.pages[2]?.text).toContain('Containers praten samen.');
    } finally {
      rmSync(slides, { recursive: true, force: true });
    }
  });

  it('handout=3: three slides a page', async () => {
    const { made, pdf, titles } = await exportDeck(path.resolve('slides'), 'handout-3');
    expect(made.problems).toEqual([]);
    expect(pdf.pages).toHaveLength(Math.ceil(titles.length / 3));
  });
});

describe('lesdia pdf on the command line', () => {
  it('prints the diagnostics of a deck with errors and writes no PDF (exit 1)', async () => {
    const slides = mkdtempSync(path.join(os.tmpdir(), 'lesdia-pdf-broken-'));
    writeFileSync(path.join(slides, 'kapot.md'), '::: section\n# Kapot\n');
    try {
      expect(await main(['pdf', slides, '--out', path.join(out, 'cli')])).toBe(1);
      expect(existsSync(path.join(out, 'cli'))).toBe(false);
    } finally {
      rmSync(slides, { recursive: true, force: true });
    }
  });

  it('says how to install Chromium when there is none', () => {
    expect(() => locateChromium({ LESDIA_CHROMIUM: '/nowhere/chromium' }, [])).toThrow(/apt-get install chromium/);
  });

  it('agrees with pdftotext, where poppler is installed', async () => {
    const file = path.join(out, 'docker-ecosysteem.pdf');
    if (!existsSync(file)) await exportDeck(path.resolve('slides'), 'slides');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Docker Container');
    expect(text).toContain('Virtuele machines');
  });
});

describe('the verification of a written PDF', () => {
  it('finds a blank page and a page in substituted fonts', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([960, 540]);
    const page = pdf.addPage([960, 540]);
    page.drawText('Docker', { font: await pdf.embedFont(StandardFonts.Helvetica) });
    const verdict = verifyPdf(await readPdf(await pdf.save()), 2);
    expect(verdict.problems).toEqual(['page 1 is blank', 'page 2 uses substituted fonts only (Helvetica)']);
  });
});
