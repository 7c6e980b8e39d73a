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

  it('splits the same input the same way every time', async () => {
    const text = readFileSync(new URL('../../slides/docker-ecosysteem.md', import.meta.url), 'utf8');
    const first = await compileText(text);
    const second = await compileText(text);
    expect(second.body).toBe(first.body);
  });
});
