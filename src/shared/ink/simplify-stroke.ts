/**
 * Fewer points for the same line (Ramer–Douglas–Peucker): points that lie within `tolerance` slide pixels
 * of the line between their neighbours add bytes but no shape. Iterative, for strokes of any length.
 */
export function simplifyStroke(points: readonly number[], tolerance: number): number[] {
  const n = points.length / 2;
  if (n <= 2) return [...points];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  const x = (i: number) => points[i * 2] ?? 0;
  const y = (i: number) => points[i * 2 + 1] ?? 0;
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    const dx = x(last) - x(first);
    const dy = y(last) - y(first);
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = length === 0 ? Math.hypot(x(i) - x(first), y(i) - y(first)) : Math.abs(dy * x(i) - dx * y(i) + x(last) * y(first) - y(last) * x(first)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest === -1) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  const result: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) result.push(x(i), y(i));
  return result;
}
