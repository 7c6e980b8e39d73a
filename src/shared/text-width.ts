import { ADVANCE_WIDTHS, FIRST_CODE_POINT, type FontFace } from './font-metrics.ts';

// A glyph the table lacks (outside Latin-1 and Latin Extended-A) is taken as wide as an average capital.
const FALLBACK_WIDTH = 650;

/** The width of `text` in one of the bundled faces at `size` px, from the fonts' real advance widths. */
export function textWidth(text: string, face: FontFace, size: number): number {
  const widths = ADVANCE_WIDTHS[face];
  let total = 0;
  for (const char of text) {
    const width = widths[(char.codePointAt(0) ?? 0) - FIRST_CODE_POINT];
    total += width && width > 0 ? width : FALLBACK_WIDTH;
  }
  return (total / 1000) * size;
}
