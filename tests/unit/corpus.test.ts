import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostic.ts';
import { compileText } from '../support/compile-text.ts';
import { expectFile } from '../support/expected-file.ts';

/**
 * Real-looking course pages of several subjects and styles, well-formed and broken. Each builds; beside
 * each page, `<page>.diagnostics.txt` pins exactly what lesdia tells the teacher (empty: nothing).
 * `UPDATE=1` writes those files (a missing one fails): read the diff.
 */
const CORPUS = new URL('../fixtures/corpus/', import.meta.url);
const pages = readdirSync(CORPUS).filter((name) => name.endsWith('.md'));

describe('the corpus of course pages', () => {
  it('has pages of every kind the issue asks for', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of pages) {
    it(name, async () => {
      const text = readFileSync(new URL(name, CORPUS), 'utf8');
      const { deck, diagnostics } = await compileText(text, `corpus/${name}`);
      expect(deck.slides.length).toBeGreaterThan(0);
      const broken = name.startsWith('kapot-');
      if (!broken) expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      else expect(diagnostics.length).toBeGreaterThan(0);
      const printed = diagnostics.map((d) => formatDiagnostic(d, text)).join('\n\n');
      const expectedFile = new URL(name.replace(/\.md$/, '.diagnostics.txt'), CORPUS);
      expectFile(printed ? `${printed}\n` : '', expectedFile);
    });
  }
});
