import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileText } from '../support/compile-text.ts';

const spec = (name: string) => readFileSync(new URL(`../spec/continuation/${name}.md`, import.meta.url), 'utf8');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('continuation slides', () => {
  it('split a long list between items, all items kept whole and numbered on', async () => {
    const { deck } = await compileText(spec('long-list'));
    expect(deck.slides.length).toBeGreaterThan(1);
    const items = deck.slides.flatMap((slide) => [...slide.html.matchAll(/<li>Stap (\d+):[^<]*<\/li>/g)].map((m) => Number(m[1])));
    expect(items).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const second = deck.slides[1]?.html ?? '';
    const firstNumber = /<li>Stap (\d+)/.exec(second)?.[1];
    expect(second).toContain(`start="${firstNumber}"`);
    expect(deck.slides.map((slide) => slide.continuation)).toEqual(deck.slides.map((_, i) => i));
  });

  it('split a long table between rows and repeat its header', async () => {
    const { deck } = await compileText(spec('long-table'));
    expect(deck.slides.length).toBeGreaterThan(1);
    expect(deck.slides.every((slide) => count(slide.html, /<thead>/g) === 1)).toBe(true);
    expect(deck.slides.reduce((sum, slide) => sum + count(slide.html, />klant\d+@/g), 0)).toBe(30);
  });

  it('split a long code block between lines, keeping its file tab and line numbers', async () => {
    const { deck } = await compileText(spec('long-code'));
    expect(deck.slides.length).toBeGreaterThan(1);
    const lines = deck.slides.flatMap((slide) => [...slide.html.matchAll(/class="line" data-code-line="(\d+)"/g)].map((m) => Number(m[1])));
    expect(lines).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(deck.slides.every((slide) => slide.html.includes('script.py</figcaption>'))).toBe(true);
    expect(deck.slides[1]?.html).toContain('<span class="continued">(continued)</span>');
  });

  it('leaves a slide that fits alone', async () => {
    const { deck } = await compileText(spec('fits'));
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0]?.html).not.toContain('continued');
  });

  it('keeps notes on the first part only', async () => {
    const { deck } = await compileText(`::: section\n### Lang\n${Array.from({ length: 30 }, (_, i) => `* punt ${i}`).join('\n')}\n\n::: notes\nZeg dit.\n:::\n:::`);
    expect(deck.slides.map((slide) => slide.notesHtml.includes('Zeg dit'))).toEqual(deck.slides.map((_, i) => i === 0));
  });

  it('reports a block too tall for any slide at its line', async () => {
    const text = `::: section\n### Te lang\n\n\`\`\`bash {1|2}\n${Array.from({ length: 30 }, (_, i) => `echo ${i}`).join('\n')}\n\`\`\`\n:::`;
    const { diagnostics } = await compileText(text);
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['block-too-tall@4']);
  });

  it('splits a quote taller than a slide between its paragraphs, re-opening the quote on each follow-up', async () => {
    const { deck } = await compileText(spec('quote-paragraphs'));
    expect(deck.slides.length).toBeGreaterThan(1);
    const paragraphs = deck.slides.flatMap((slide) => [...slide.html.matchAll(/<p>Alinea (\d+):/g)].map((m) => Number(m[1])));
    expect(paragraphs).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    deck.slides.forEach((slide, i) => {
      expect(count(slide.html, /<blockquote/g)).toBe(count(slide.html, /<\/blockquote>/g));
      expect(slide.html.includes('<blockquote data-resumed'), `slide ${i}`).toBe(i > 0 && slide.html.includes('Alinea'));
    });
    expect(deck.slides.at(-1)?.html).toContain('<p data-line="36">Na het citaat.</p>');
  });

  it('splits a quote holding a list with code between the items, the list marked as going on', async () => {
    const { deck } = await compileText(spec('quote-list-code'));
    expect(deck.slides).toHaveLength(2);
    const items = deck.slides.map((slide) => count(slide.html, /<li>/g));
    expect(items.reduce((a, b) => a + b)).toBe(5);
    expect(deck.slides[1]?.html).toMatch(/<blockquote data-resumed data-line="4">\n<ul data-resumed>\n<li>/);
  });

  it('cuts an ordered item taller than a slide between its children, the numbering going on', async () => {
    const { deck } = await compileText(spec('ordered-item-long'));
    const starts = deck.slides.map((slide) => /<ol data-line="4"(?: start="(\d+)")?/.exec(slide.html)?.[1] ?? '1');
    expect(starts).toEqual(['1', '2', '2', '4']);
    // Item 2 goes on over three slides: its marker is shown once, its paragraphs all kept in order.
    expect(deck.slides.map((slide) => slide.html.includes('<li data-resumed>'))).toEqual([false, true, true, false]);
    const paragraphs = deck.slides.flatMap((slide) => [...slide.html.matchAll(/Alinea (\d+) van stap 2/g)].map((m) => Number(m[1])));
    expect(paragraphs).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(deck.slides[2]?.html).toMatch(/<\/li>\n<li><p>Stap 3/);
  });

  it('cuts an item holding a long nested list inside the nested list, which numbers on', async () => {
    const { deck } = await compileText(spec('nested-list'));
    expect(deck.slides).toHaveLength(2);
    const steps = deck.slides.flatMap((slide) => [...slide.html.matchAll(/Stap (\d+):/g)].map((m) => Number(m[1])));
    expect(steps).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const next = /Stap (\d+):/.exec(deck.slides[1]?.html ?? '')?.[1];
    expect(deck.slides[1]?.html).toContain(`<ul data-line="4" data-resumed>\n<li data-resumed><ol start="${next}" data-resumed>`);
  });

  it('keeps a callout\'s class and title on its follow-up slides', async () => {
    const { deck } = await compileText(spec('callout'));
    expect(deck.slides.length).toBeGreaterThan(1);
    for (const slide of deck.slides) expect(slide.html).toMatch(/<div(?: data-resumed)? class="tip" data-line="4">\n<p class="container-title">Goed om te weten<\/p>/);
    expect(deck.slides.reduce((sum, slide) => sum + count(slide.html, /<p data-line="\d+">Tip \d+:/g), 0)).toBe(14);
  });

  it('cuts a quote inside a quote, both re-opened', async () => {
    const { deck } = await compileText(spec('nested-quote'));
    expect(deck.slides.length).toBeGreaterThan(2);
    for (const slide of deck.slides.slice(1)) expect(slide.html).toContain('<blockquote data-resumed data-line="4">\n<blockquote data-resumed>');
    expect(deck.slides.flatMap((slide) => [...slide.html.matchAll(/Regel (\d+):/g)].map((m) => Number(m[1])))).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('continues a long code block inside a quote by lines, as at the top level, inside the re-opened quote', async () => {
    const code = Array.from({ length: 40 }, (_, i) => `>     print("regel ${i + 1}")`).join('\n');
    const { deck, diagnostics } = await compileText(`::: section\n### Script\n\n> Lees dit script:\n>\n> \`\`\`python\n> def main():\n${code}\n> \`\`\`\n:::`);
    expect(diagnostics).toEqual([]);
    expect(deck.slides.length).toBeGreaterThan(1);
    const lines = deck.slides.flatMap((slide) => [...slide.html.matchAll(/regel (\d+)/g)].map((m) => Number(m[1])));
    expect(lines).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    for (const slide of deck.slides.slice(1)) expect(slide.html).toMatch(/^<h3[^>]*>Script <span class="continued">\(vervolg\)<\/span><\/h3>\n<blockquote data-resumed data-line="4">\n<figure class="code-block"/);
  });

  it('never cuts inside a raw HTML block: it moves to the next slide whole', async () => {
    const { deck } = await compileText(spec('raw-html'));
    expect(deck.slides.length).toBeGreaterThan(1);
    const holding = deck.slides.filter((slide) => slide.html.includes('Kaderregel'));
    expect(holding).toHaveLength(1);
    expect(count(holding[0]?.html ?? '', /Kaderregel \d+/g)).toBe(6);
    expect(holding[0]?.html).toMatch(/<div data-line="22" class="kader">\n(<p>Kaderregel \d+: deze regels horen bij elkaar\.<\/p>\n){6}<\/div>/);
  });

  it('keeps a raw HTML block taller than a slide whole, with a warning at its line, never cut between its elements', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<p>Rij ${i + 1} van het kader.</p>`).join('\n');
    const { deck, diagnostics } = await compileText(`::: section\n### Kader\n\nEerst tekst.\n\n<div class="kader">\n${rows}\n</div>\n\nDaarna.\n:::`);
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['block-too-tall@6']);
    const holding = deck.slides.filter((slide) => slide.html.includes('Rij '));
    expect(holding).toHaveLength(1);
    expect(count(holding[0]?.html ?? '', /<p>Rij \d+ van het kader\.<\/p>/g)).toBe(30);
  });

  it('reports a child of a quote that fits no slide at its own line, and cuts the quote around it', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `> echo ${i}`).join('\n');
    const { deck, diagnostics } = await compileText(`::: section\n### Te lang\n\n> Eerst uitleg.\n>\n> \`\`\`bash {1|2}\n${lines}\n> \`\`\`\n>\n> Daarna.\n:::`);
    expect(diagnostics.map((d) => `${d.code}@${d.range.start.line}`)).toEqual(['block-too-tall@6']);
    // The code stands alone on the middle slide; what comes before and after it is on slides of its own.
    expect(deck.slides.map((slide) => [slide.html.includes('Eerst uitleg.'), slide.html.includes('echo 29'), slide.html.includes('Daarna.')])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]);
  });

  it('splits the same input the same way every time', async () => {
    const text = readFileSync(new URL('../../slides/docker-ecosysteem.md', import.meta.url), 'utf8');
    const first = await compileText(text);
    const second = await compileText(text);
    expect(second.body).toBe(first.body);
  });
});
