import type { InkStroke } from '../../model/annotations.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * An SVG path through the points, smoothed with quadratic curves: each point is a control point and the
 * curve passes through the midpoints between them, so a hand's jitter becomes one round line.
 */
export function strokePath(points: readonly number[]): string {
  const n = points.length / 2;
  const x = (i: number) => points[i * 2] ?? 0;
  const y = (i: number) => points[i * 2 + 1] ?? 0;
  if (n === 1) return `M${x(0)} ${y(0)}l0 0`;
  if (n === 2) return `M${x(0)} ${y(0)}L${x(1)} ${y(1)}`;
  let d = `M${x(0)} ${y(0)}`;
  for (let i = 1; i < n - 1; i++) d += `Q${x(i)} ${y(i)} ${round((x(i) + x(i + 1)) / 2)} ${round((y(i) + y(i + 1)) / 2)}`;
  return `${d}L${x(n - 1)} ${y(n - 1)}`;
}

/** The `<path>` of a stroke; its colour comes from the theme (`--ink-red` …), so a dark deck gets light ink. */
export function strokeElement(stroke: InkStroke): SVGPathElement {
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', strokePath(stroke.points));
  path.setAttribute('class', `ink-stroke ink-${stroke.tool} ink-${stroke.color}`);
  path.setAttribute('stroke-width', String(stroke.width));
  path.dataset.id = stroke.id;
  path.dataset.step = String(stroke.step);
  return path;
}

/** An empty 1280×720 drawing surface that scales with the slide it lies on. */
export function inkSurface(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'ink-layer');
  svg.setAttribute('viewBox', '0 0 1280 720');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  return svg;
}

/** Draws the strokes that show at `step` (all of them for Infinity) on a surface, replacing what was there. */
export function drawStrokes(svg: SVGSVGElement, strokes: readonly InkStroke[], step: number): void {
  svg.replaceChildren(...strokes.filter((s) => s.step <= step).map(strokeElement));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
