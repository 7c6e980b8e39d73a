import type { FontFace } from '../shared/font-metrics.ts';
import { textWidth } from '../shared/text-width.ts';

/** A run of text in one face and size. */
export interface TextRun {
  text: string;
  face: FontFace;
  size: number;
  /** Extra width around the run (inline code's padding and border). */
  padding?: number;
}

/**
 * How many lines a paragraph of runs takes at `width`, wrapping greedily at spaces as a browser does.
 * A `\n` in a run forces a break (from `<br>`).
 */
export function countLines(runs: readonly TextRun[], width: number): number {
  let lines = 1;
  let used = 0;
  let pendingSpace = 0;
  for (const run of runs) {
    const pieces = run.text.split(/(\n| +)/);
    let first = true;
    for (const piece of pieces) {
      if (piece === '') continue;
      if (piece === '\n') {
        lines++;
        used = 0;
        pendingSpace = 0;
        continue;
      }
      if (piece.startsWith(' ')) {
        pendingSpace = used > 0 ? textWidth(' ', run.face, run.size) : 0;
        continue;
      }
      const word = textWidth(piece, run.face, run.size) + (first ? (run.padding ?? 0) : 0);
      first = false;
      if (used > 0 && used + pendingSpace + word > width) {
        lines++;
        used = 0;
      } else {
        used += pendingSpace;
      }
      pendingSpace = 0;
      if (word > width) {
        // A word wider than the line breaks where it must (overflow-wrap: anywhere).
        lines += Math.floor(word / width);
        used = word % width;
      } else {
        used += word;
      }
    }
  }
  return lines;
}
