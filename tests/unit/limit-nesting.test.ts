import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic-sink.ts';
import { limitNesting, MAX_MARKDOWN_DEPTH } from '../../src/render/limit-nesting.ts';
import { compileText } from '../support/compile-text.ts';

const limit = (text: string) => {
  const sink = new DiagnosticSink('x.md');
  return { text: limitNesting(text, 10, sink), diagnostics: sink.diagnostics };
};

describe('the nesting limit for quotes and lists', () => {
  it('leaves ordinary nesting alone', () => {
    const text = '> quote\n> - item\n>   - sub\n\n    code\n- a\n  1. b\n     - c\n';
    expect(limit(text)).toEqual({ text, diagnostics: [] });
  });

  it('cuts a line of 2,000 `>` back to the limit, keeps the rest as text, and reports the first line', () => {
    const { text, diagnostics } = limit(`${'>'.repeat(2000)} diep\n${'- '.repeat(2000)}x\n`);
    const [quotes = '', dashes = ''] = text.split('\n');
    expect(quotes.startsWith(`${'>'.repeat(MAX_MARKDOWN_DEPTH)}\\>`)).toBe(true);
    expect(dashes.startsWith(`${'- '.repeat(MAX_MARKDOWN_DEPTH)}\\-`)).toBe(true);
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column])).toEqual([['markdown-too-deep', 10, MAX_MARKDOWN_DEPTH + 1]]);
  });

  it('flattens a list nested by indentation below the limit', () => {
    const deep = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n');
    const lines = limit(deep).text.split('\n');
    expect(lines[99]).toBe(`${'  '.repeat(MAX_MARKDOWN_DEPTH)}\\- niveau 99`);
    expect(lines[10]).toBe(`${'  '.repeat(10)}- niveau 10`);
  });

  it('leaves fenced code alone', () => {
    const text = `\`\`\`\n${'>'.repeat(100)}\n\`\`\`\n`;
    expect(limit(text).text).toBe(text);
  });

  it.each([
    ['2,000 `>`', `${'>'.repeat(2000)} x`],
    ['2,000 `- `', `${'- '.repeat(2000)}x`],
    ['1,000 `> - `', `${'> - '.repeat(1000)}x`],
    ['a list 1,600 deep', Array.from({ length: 1600 }, (_, i) => `${'  '.repeat(i)}- n${i}`).join('\n')],
  ])('compiles %s into a deck with an error at its line, without overflowing the stack', async (_name, body) => {
    const { deck, diagnostics } = await compileText(`::: section\n### Diep\n${body}\n:::\n`);
    expect(deck.slides.length).toBeGreaterThan(0);
    expect(diagnostics.find((d) => d.code === 'markdown-too-deep')?.range.start.line).toBeGreaterThanOrEqual(3);
  });
});
