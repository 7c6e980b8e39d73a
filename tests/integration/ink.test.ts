import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

let work: string;
const slides = () => path.join(work, 'slides');
const annotations = () => path.join(work, 'annotations/stappen.json');
const line = (id: string, step: number, y: number, color: string) => ({ id, step, tool: 'pen', color, width: 9, points: [100, y, 300, y, 500, y] });

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-ink-pdf-'));
  cpSync(path.resolve('tests/fixtures/pdf'), work, { recursive: true });
  mkdirSync(path.join(work, 'annotations'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The pages of a PDF as pixels (pdftoppm's PPM), 1280×720 pages at 30 dpi: 400×225. */
function renderPages(pdf: string): { width: number; height: number; rgb: Buffer }[] {
  const prefix = path.join(work, `page-${path.basename(pdf, '.pdf')}`);
  execFileSync('pdftoppm', ['-r', '30', pdf, prefix]);
  return readdirSync(work)
    .filter((file) => file.startsWith(path.basename(prefix)) && file.endsWith('.ppm'))
    .toSorted()
    .map((file) => {
      const data = readFileSync(path.join(work, file));
      const [, width = '0', height = '0'] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1')) ?? [];
      const header = data.subarray(0, 40).toString('latin1').match(/^P6\s+\d+\s+\d+\s+255\s/)?.[0].length ?? 0;
      return { width: Number(width), height: Number(height), rgb: data.subarray(header) };
    });
}

/** How many pixels of a kind there are within a box given in slide pixels. */
function countPixels(page: { width: number; height: number; rgb: Buffer }, box: [number, number, number, number], kind: (r: number, g: number, b: number) => boolean): number {
  const sx = page.width / 1280;
  const sy = page.height / 720;
  let count = 0;
  for (let y = Math.floor(box[1] * sy); y < Math.ceil(box[3] * sy); y++) {
    for (let x = Math.floor(box[0] * sx); x < Math.ceil(box[2] * sx); x++) {
      const at = (y * page.width + x) * 3;
      if (kind(page.rgb[at] ?? 0, page.rgb[at + 1] ?? 0, page.rgb[at + 2] ?? 0)) count++;
    }
  }
  return count;
}
const red = (r: number, g: number, b: number) => r > 150 && g < 90 && b < 90;
const blue = (r: number, g: number, b: number) => b > 150 && r < 80 && g < 120;
const WHOLE: [number, number, number, number] = [0, 0, 1280, 720];

describe('ink in the PDF', () => {
  it('a step PDF draws each stroke from its step on, at the drawn place, and nowhere else; --no-ink leaves them out', async () => {
    writeFileSync(annotations(), JSON.stringify({ format: 'lesdia-annotations', version: 1, slides: { 'twee-pauzes': [line('first', 0, 600, 'red'), line('later', 1, 650, 'blue')] } }));
    // Into a folder of their own: lesdia does not write into the folder that holds the project (#11).
    expect(await main(['pdf', slides(), '--steps', '--out', path.join(work, 'pdf')])).toBe(0);
    expect(await main(['pdf', slides(), '--steps', '--no-ink', '--out', path.join(work, 'no-ink')])).toBe(0);
    const pages = renderPages(path.join(work, 'pdf/stappen-stappen.pdf'));
    const plain = renderPages(path.join(work, 'no-ink/stappen-stappen.pdf'));
    expect(pages).toHaveLength(7);
    const [title, step0, step1, step2, code] = pages;
    if (!title || !step0 || !step1 || !step2 || !code) throw new Error('pages missing');
    // The red line runs along y = 600 from x = 100 to 500, from the first step on; the blue one from the second.
    expect(countPixels(step0, [100, 590, 500, 610], red)).toBeGreaterThan(100);
    expect(countPixels(step0, WHOLE, red)).toBe(countPixels(step0, [80, 580, 520, 620], red));
    expect(countPixels(step1, [100, 640, 500, 660], blue)).toBeGreaterThan(100);
    expect(countPixels(step2, [100, 590, 500, 610], red)).toBeGreaterThan(100);
    // Without ink those places are the slide's own; pages without strokes are the same with or without ink.
    expect(countPixels(plain[1] ?? step0, WHOLE, red)).toBe(0);
    expect(countPixels(step0, WHOLE, blue)).toBe(countPixels(plain[1] ?? step0, WHOLE, blue));
    for (const i of [0, 4, 5, 6]) expect(pages[i]?.rgb.equals(plain[i]?.rgb ?? Buffer.alloc(0)), `page ${i + 1}`).toBe(true);
  }, 180_000);

  it('a corrupt annotations file is a warning with its position, and the deck builds without it', async () => {
    writeFileSync(annotations(), '{\n  "format": "lesdia-annotations",\n  "version": 1,\n  "slides": {\n    "twee-pauzes": [\n      {"id": "x",\n');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['build', slides(), '--out', path.join(work, 'dist')])).toBe(0);
      const said = errors.mock.calls.map((call) => String(call[0])).join('\n');
      expect(said).toMatch(/annotations\/stappen\.json:7:1 warning annotations-unreadable: the drawings of this deck cannot be read \(not valid JSON: the text ends too early\)/);
      expect(readFileSync(path.join(work, 'dist/stappen/index.html'), 'utf8')).not.toContain('lesdia-ink');
    } finally {
      errors.mockRestore();
    }
  }, 60_000);

  it('drawings for a slide the deck no longer has are a warning that names the likely new one', async () => {
    writeFileSync(annotations(), JSON.stringify({ format: 'lesdia-annotations', version: 1, slides: { 'twee-pauze': [line('first', 0, 600, 'red')] } }, null, 2));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['build', slides(), '--out', path.join(work, 'dist')])).toBe(0);
      const said = errors.mock.calls.map((call) => String(call[0])).join('\n');
      expect(said).toMatch(/stappen\.json:5:5 warning annotations-unknown-slide: drawings for the slide `twee-pauze`/);
      expect(said).toContain('`twee-pauzes`');
    } finally {
      errors.mockRestore();
    }
  }, 60_000);
});
