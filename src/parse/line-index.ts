import type { Position } from '../model/diagnostic.ts';

/** Maps character offsets of a text to 1-based line and column positions. */
export interface LineIndex {
  positionAt(offset: number): Position;
}

export function createLineIndex(text: string, firstLine = 1): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    positionAt(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: firstLine + low, column: offset - (starts[low] ?? 0) + 1 };
    },
  };
}
