import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL } from '../../bench/pathological.ts';
import { compileText } from '../support/compile-text.ts';

// Whether these finish in linear time is shown by `npm run bench`; here they must finish, with a deck and
// with every diagnostic inside the file. No timing is asserted.
describe('pathological input', () => {
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(`${name}: a deck and diagnostics, no crash`, async () => {
      const text = make(1);
      const { deck, diagnostics } = await compileText(text);
      expect(deck.slides.length).toBeGreaterThan(0);
      const lines = text.split(/\r\n|\r|\n/).length;
      expect(diagnostics.every((d) => d.range.start.line >= 1 && d.range.start.line <= lines)).toBe(true);
      if (name.startsWith('nesting')) expect(diagnostics.map((d) => d.code)).toContain('nesting-too-deep');
      if (name.includes('nested')) expect(diagnostics.map((d) => d.code)).toContain('markdown-too-deep');
    }, 60_000);
  }
});
