import type { StackLayer } from '../../model/diagram.ts';

/**
 * Gives every layer a row so that layers shared by several stacks (same text) sit on one row, and the
 * layers between two shared ones share rows in order; where a stack has fewer layers there, its last
 * one stretches, so nothing floats. Returns the number of rows. Layers are bottom-up.
 */
export function alignStacks(stacks: StackLayer[][]): number {
  // Each merged row knows which layer keys sit on it.
  let rows: Set<string>[] = [];
  const placements: number[][] = [];
  for (const layers of stacks) {
    const keys = layers.map(layerKey);
    const matches = matchRows(rows, keys);
    const merged: Set<string>[] = [];
    const rowOfLayer: number[] = Array.from({ length: keys.length }, () => -1);
    const remap: number[] = Array.from({ length: rows.length }, () => -1);
    let r = 0;
    let k = 0;
    for (const [matchRow, matchKey] of [...matches, [rows.length, keys.length] as const]) {
      const rowSegment = rows.slice(r, matchRow);
      const keySegment = keys.slice(k, matchKey);
      const height = Math.max(rowSegment.length, keySegment.length);
      for (let i = 0; i < height; i++) {
        const row = rowSegment[i] ?? new Set<string>();
        if (i < rowSegment.length) remap[r + i] = merged.length;
        if (i < keySegment.length) {
          row.add(keySegment[i] ?? '');
          rowOfLayer[k + i] = merged.length;
        }
        merged.push(row);
      }
      if (matchRow < rows.length && matchKey < keys.length) {
        const row = rows[matchRow] ?? new Set<string>();
        remap[matchRow] = merged.length;
        rowOfLayer[matchKey] = merged.length;
        merged.push(row);
      }
      r = matchRow + 1;
      k = matchKey + 1;
    }
    for (const placed of placements) placed.forEach((row, i) => (placed[i] = remap[row] ?? row));
    placements.push(rowOfLayer);
    rows = merged;
  }
  stacks.forEach((layers, s) => {
    const placed = placements[s] ?? [];
    layers.forEach((layer, i) => {
      const start = placed[i] ?? 0;
      const next = i + 1 < layers.length ? (placed[i + 1] ?? start + 1) : start + 1;
      layer.row = start + 1;
      layer.rowSpan = Math.max(1, next - start);
    });
  });
  return rows.length;
}

function layerKey(layer: StackLayer): string {
  return layer.cells.map((cell) => cell.toLowerCase().replace(/\s+/g, ' ')).join('|');
}

/** Longest common subsequence of merged rows and a stack's layers; a row matches a key it holds. */
function matchRows(rows: readonly Set<string>[], keys: readonly string[]): (readonly [number, number])[] {
  const table: number[][] = Array.from({ length: rows.length + 1 }, () => Array.from({ length: keys.length + 1 }, () => 0));
  for (let i = rows.length - 1; i >= 0; i--) {
    for (let j = keys.length - 1; j >= 0; j--) {
      const row = table[i] ?? [];
      row[j] = rows[i]?.has(keys[j] ?? '') ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const matches: (readonly [number, number])[] = [];
  let i = 0;
  let j = 0;
  while (i < rows.length && j < keys.length) {
    if (rows[i]?.has(keys[j] ?? '')) {
      matches.push([i, j]);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return matches;
}
