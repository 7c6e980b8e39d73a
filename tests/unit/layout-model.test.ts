import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic-sink.ts';
import { uiStrings } from '../../src/i18n/ui-strings.ts';
import { codeRows } from '../../src/layout/code-rows.ts';
import { measurePlaced } from '../../src/layout/cut-block.ts';
import { layoutDeck } from '../../src/layout/layout-deck.ts';
import { measureBlock } from '../../src/layout/measure-block.ts';
import { countLines } from '../../src/layout/measure-text.ts';
import { paginateSlide } from '../../src/layout/paginate-slide.ts';
import { CONTENT_WIDTH } from '../../src/layout/theme-metrics.ts';
import type { Block } from '../../src/model/block.ts';
import { parseDocument } from '../../src/parse/parse-document.ts';
import { createCodeHighlighter } from '../../src/render/code-highlighter.ts';
import { collectCodeLanguages } from '../../src/render/collect-code-languages.ts';
import { renderDeck } from '../../src/render/render-deck.ts';
import { fakeImages } from '../support/compile-text.ts';

const FIXTURES = new URL('../fixtures/layout/', import.meta.url);
const measured = JSON.parse(readFileSync(new URL('chromium-heights.json', FIXTURES), 'utf8')) as { heights: { slide: number; line: number; height: number }[] };
const REAL_PAGES = new URL('../fixtures/real-pages/', import.meta.url);
const realMeasured = JSON.parse(readFileSync(new URL('real-pages-heights.json', FIXTURES), 'utf8')) as { decks: Record<string, { slide: number; line: number; height: number }[]> };

async function render(text: string) {
  const sink = new DiagnosticSink('cases.md');
  const tree = parseDocument(text, sink);
  const highlighter = await createCodeHighlighter();
  await highlighter.loadLanguages(['python', 'bash']);
  let id = 0;
  return renderDeck(tree, { sink, highlighter, resolveImage: fakeImages, strings: uiStrings('nl'), assets: new Map(), singleFile: false, usesMath: false, nextId: (p) => `${p}-${++id}` }).slides;
}

describe('the layout model against Chromium', () => {
  it('is never shorter than Chromium on real text (long items, URLs, compounds, inline code, bold, long code)', async () => {
    const slides = await render(readFileSync(new URL('slides/cases.md', FIXTURES), 'utf8'));
    const rows: { line: number; model: number; chromium: number }[] = [];
    slides.forEach((slide, index) => {
      const blocks = slide.blocks.filter((block, i) => !(i === 0 && block.kind === 'text' && block.role === 'heading'));
      for (const block of blocks) {
        const chromium = measured.heights.find((m) => m.slide === index && m.line === block.line);
        if (chromium) rows.push({ line: block.line ?? 0, model: measureBlock(block, CONTENT_WIDTH).height, chromium: chromium.height });
      }
    });
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const worst = rows.reduce((a, b) => (b.model - b.chromium < a.model - a.chromium ? b : a));
    const most = rows.reduce((a, b) => (b.model - b.chromium > a.model - a.chromium ? b : a));
    console.log(
      `layout model vs Chromium: closest ${(worst.model - worst.chromium).toFixed(1)} px (${(((worst.model - worst.chromium) / worst.chromium) * 100).toFixed(1)} %) at line ${worst.line}, ` +
        `most excess ${(most.model - most.chromium).toFixed(1)} px (${(((most.model - most.chromium) / most.chromium) * 100).toFixed(1)} %) at line ${most.line}`,
    );
    for (const row of rows) expect(row.model, `line ${row.line}`).toBeGreaterThanOrEqual(row.chromium - 0.5);
  });
});

/** A deck as the compiler lays it out: every slide and follow-up with the blocks, or parts of blocks, it holds. */
async function layOut(text: string) {
  const sink = new DiagnosticSink('page.md');
  const tree = parseDocument(text, sink);
  const highlighter = await createCodeHighlighter();
  await highlighter.loadLanguages(collectCodeLanguages(tree));
  let id = 0;
  const rendered = renderDeck(tree, { sink, highlighter, resolveImage: fakeImages, strings: uiStrings(tree.meta.lang), assets: new Map(), singleFile: false, usesMath: false, nextId: (p) => `${p}-${++id}` });
  return layoutDeck(rendered.slides, sink);
}

describe('the layout model against Chromium on the real pages, part by part', () => {
  it('is never shorter than Chromium on any block or part of a block of any slide or follow-up', async () => {
    const rows: { deck: string; slide: number; line: number; model: number; chromium: number }[] = [];
    for (const [deck, heights] of Object.entries(realMeasured.decks)) {
      const slides = await layOut(readFileSync(new URL(`${deck}.md`, REAL_PAGES), 'utf8'));
      slides.forEach((slide, index) => {
        if (slide.kind === 'title') return;
        for (const placed of slide.blocks) {
          const chromium = heights.find((m) => m.slide === index && m.line === placed.block.line);
          if (chromium) rows.push({ deck, slide: index, line: chromium.line, model: measurePlaced(placed, CONTENT_WIDTH).height, chromium: chromium.height });
        }
      });
    }
    // Every deck of the folder was measured, and the split exercise's parts are among the rows.
    expect(Object.keys(realMeasured.decks).length).toBeGreaterThanOrEqual(7);
    expect(rows.filter((row) => row.deck === 'oefening-lijst-in-citaat').length).toBeGreaterThanOrEqual(5);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const by = (pick: (a: (typeof rows)[number], b: (typeof rows)[number]) => boolean) => rows.reduce((a, b) => (pick(a, b) ? b : a));
    const closest = by((a, b) => b.model - b.chromium < a.model - a.chromium);
    const most = by((a, b) => b.model - b.chromium > a.model - a.chromium);
    const show = (row: typeof closest) => `${(row.model - row.chromium).toFixed(1)} px (${(((row.model - row.chromium) / row.chromium) * 100).toFixed(1)} %) at ${row.deck}.md:${row.line}`;
    console.log(`layout model vs Chromium on ${rows.length} blocks of the real pages: closest ${show(closest)}, most excess ${show(most)}`);
    for (const row of rows) expect(row.model, `${row.deck}.md:${row.line} (slide ${row.slide})`).toBeGreaterThanOrEqual(row.chromium - 0.5);
  });
});

describe('text and code rows', () => {
  it.each([
    ['short', 10, 10, 1],
    ['a b c d e f g h', 5, 5, 3],
    ['x'.repeat(25), 10, 8, 3],
    ['    indented text here', 12, 10, 2],
  ])('%j at %d/%d characters takes %d rows', (text, first, rest, rows) => {
    expect(codeRows(text, first, rest)).toBe(rows);
  });

  it('wraps words at spaces, and a word longer than the line where it must', () => {
    expect(countLines([{ text: 'een twee drie', face: 'regular', size: 26 }], 10_000)).toBe(1);
    expect(countLines([{ text: 'x'.repeat(400), face: 'mono', size: 20 }], 1200)).toBeGreaterThanOrEqual(Math.ceil((400 * 0.6 * 20) / 1200));
  });
});

describe('pagination of typed blocks', () => {
  const text = (n: number): Block => ({ kind: 'text', role: 'paragraph', inline: [{ kind: 'text', text: `Alinea ${n}`, face: 'regular' }], html: `<p>Alinea ${n}</p>`, line: n });
  const heading: Block = { kind: 'text', role: 'heading', level: 3, inline: [{ kind: 'text', text: 'Titel', face: 'bold' }], parts: { open: '<h3>', inner: 'Titel', close: '</h3>' }, html: '<h3>Titel</h3>', line: 1 };

  it('keeps a short slide whole and repeats the title on follow-ups of a long one', () => {
    expect(paginateSlide([heading, text(2)]).pages).toHaveLength(1);
    const long = paginateSlide([heading, ...Array.from({ length: 30 }, (_, i) => text(i + 2))]);
    expect(long.heading).toBe(heading);
    expect(long.pages.length).toBeGreaterThan(1);
    expect(long.pages.flat().map((placed) => placed.block.line)).toEqual(Array.from({ length: 30 }, (_, i) => i + 2));
  });

  it('splits a long list between items and numbers on', () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ html: `<li>Stap ${i + 1}</li>`, blocks: [{ kind: 'text', role: 'inline', inline: [{ kind: 'text', text: `Stap ${i + 1}`, face: 'regular' }], html: '' } satisfies Block] }));
    const { pages } = paginateSlide([heading, { kind: 'list', tag: 'ol', attributes: '', start: 1, items, html: '', line: 2 }]);
    const parts = pages.map((page) => page[0]?.part);
    expect(parts[0]?.from).toBe(0);
    expect(parts.at(-1)?.to).toBe(40);
    parts.slice(1).forEach((part, i) => expect(part?.from).toBe(parts[i]?.to));
  });
});
