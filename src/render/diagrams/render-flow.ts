import type { FlowArrow, FlowBox, FlowDiagram } from '../../model/diagram.ts';
import { escapeHtml } from '../../shared/escape-html.ts';
import type { FontFace } from '../../shared/font-metrics.ts';
import { textWidth } from '../../shared/text-width.ts';
import { fragmentAttributes, fragmentClass, withHighlight } from './fragment-attributes.ts';

// Geometry in SVG user units; the SVG scales to the slide's width, so text stays crisp at any size.
const ROW_HEIGHT = 170;
const BOX_WIDTH = 270;
const MIN_COLUMN_GAP = 110;
const BOX_HEIGHT = 88;
const LABEL_SIZE = 27;
const SUBLABEL_SIZE = 20;
const ARROW_LABEL_SIZE = 20;
const ARROW_GAP = 6;

interface Point {
  x: number;
  y: number;
}

/**
 * A flow diagram as inline SVG: boxes on a fixed grid, straight arrows between their edges, labels on the
 * arrows. Every element is placed from the grid alone, so nothing moves between build steps. The SVG is
 * hidden from screen readers, which read the text alternative: the arrows in build order.
 */
export function renderFlow(diagram: FlowDiagram, markerId: string): { html: string; width: number; height: number } {
  const boxes = new Map(diagram.boxes.map((box) => [box.id, box]));
  const grid = { columnWidth: BOX_WIDTH + columnGap(diagram, boxes) };
  const width = diagram.columns * grid.columnWidth;
  const height = diagram.rows * ROW_HEIGHT;
  const arrows = diagram.arrows.map((arrow) => renderArrow(arrow, boxes, markerId, grid)).join('\n');
  const boxShapes = diagram.boxes.map((box) => renderBox(box, grid)).join('\n');
  const marker = `<defs><marker id="${markerId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="flow-arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>`;
  const html = `<figure class="diagram diagram-flow" data-line="${diagram.range.start.line}">
<svg class="diagram-visual" viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
${marker}
${arrows}
${boxShapes}
</svg>
${flowAltText(diagram, boxes)}</figure>`;
  return { html, width, height };
}

/** Room between columns for the longest label of an arrow between side-by-side boxes. */
function columnGap(diagram: FlowDiagram, boxes: Map<string, FlowBox>): number {
  const horizontal = diagram.arrows.filter((arrow) => boxes.get(arrow.from)?.row === boxes.get(arrow.to)?.row);
  const longest = Math.max(0, ...horizontal.map((arrow) => textWidth(arrow.label ?? '', 'regular', ARROW_LABEL_SIZE)));
  return Math.max(MIN_COLUMN_GAP, Math.ceil(longest + 36));
}

interface Grid {
  columnWidth: number;
}

function renderBox(box: FlowBox, grid: Grid): string {
  const { x, y } = centerOf(box, grid);
  const labelY = box.sublabel ? y - 12 : y;
  const labelSize = fitFontSize(box.label, 'bold', BOX_WIDTH - 24, LABEL_SIZE);
  const sublabel = box.sublabel
    ? `<text class="flow-sublabel" x="${x}" y="${y + 20}" font-size="${fitFontSize(box.sublabel, 'mono', BOX_WIDTH - 24, SUBLABEL_SIZE)}">${escapeHtml(box.sublabel)}</text>`
    : '';
  const shape = `<rect x="${x - BOX_WIDTH / 2}" y="${y - BOX_HEIGHT / 2}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="14"/><text class="flow-label" x="${x}" y="${labelY}" font-size="${labelSize}">${escapeHtml(box.label)}</text>${sublabel}`;
  return `<g class="flow-box${fragmentClass(box.step)}" ${fragmentAttributes('box', box.step)} data-box="${escapeHtml(box.id)}">${withHighlight(shape, box.highlight, 'flow-shape', 'g')}</g>`;
}

function renderArrow(arrow: FlowArrow, boxes: Map<string, FlowBox>, markerId: string, grid: Grid): string {
  const from = boxes.get(arrow.from);
  const to = boxes.get(arrow.to);
  if (!from || !to) return '';
  const a = edgePoint(centerOf(from, grid), centerOf(to, grid));
  const b = edgePoint(centerOf(to, grid), centerOf(from, grid));
  const markers = `${arrow.heads === 'end' || arrow.heads === 'both' ? ` marker-end="url(#${markerId})"` : ''}${arrow.heads === 'start' || arrow.heads === 'both' ? ` marker-start="url(#${markerId})"` : ''}`;
  const line = `<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}"${markers}/>`;
  const label = arrow.label ? arrowLabel(arrow.label, a, b) : '';
  return `<g class="flow-arrow${fragmentClass(arrow.step)}" ${fragmentAttributes('arrow', arrow.step)} data-arrow="${escapeHtml(`${arrow.from}->${arrow.to}`)}">${withHighlight(line + label, arrow.highlight, 'flow-shape', 'g')}</g>`;
}

/** The label sits beside the middle of the arrow: above a horizontal one, to the right of a vertical one. */
function arrowLabel(text: string, a: Point, b: Point): string {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const horizontal = Math.abs(b.x - a.x) >= Math.abs(b.y - a.y);
  const x = horizontal ? mid.x : mid.x + 12;
  const y = horizontal ? mid.y - 12 : mid.y;
  const anchor = horizontal ? 'middle' : 'start';
  const baseline = horizontal ? 'auto' : 'central';
  return `<text class="flow-arrow-label" x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" dominant-baseline="${baseline}" font-size="${ARROW_LABEL_SIZE}">${escapeHtml(text)}</text>`;
}

function centerOf(box: FlowBox, grid: Grid): Point {
  return { x: (box.column - 0.5) * grid.columnWidth, y: (box.row - 0.5) * ROW_HEIGHT };
}

/** Where the line from the center of one box towards another leaves the first box's border. */
function edgePoint(center: Point, toward: Point): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  const halfWidth = BOX_WIDTH / 2 + ARROW_GAP;
  const halfHeight = BOX_HEIGHT / 2 + ARROW_GAP;
  const scale = 1 / Math.max(Math.abs(dx) / halfWidth, Math.abs(dy) / halfHeight, Number.EPSILON);
  return { x: center.x + dx * scale, y: center.y + dy * scale };
}

/** A smaller font for a label that would not fit its box, measured with the bundled font's glyph widths. */
function fitFontSize(text: string, face: FontFace, width: number, size: number): number {
  const perPixel = textWidth(text, face, 1);
  return perPixel * size <= width ? size : Math.max(Math.floor((width / perPixel) * 10) / 10, 18);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function flowAltText(diagram: FlowDiagram, boxes: Map<string, FlowBox>): string {
  const name = (id: string) => {
    const box = boxes.get(id);
    return box ? (box.sublabel ? `${box.label} (${box.sublabel})` : box.label) : id;
  };
  const symbol = { end: '→', start: '←', both: '↔', none: '—' } as const;
  const arrows = [...diagram.arrows].toSorted((p, q) => p.step - q.step).map((arrow) => `<li>${escapeHtml(`${name(arrow.from)} ${symbol[arrow.heads]} ${name(arrow.to)}${arrow.label ? `: ${arrow.label}` : ''}`)}</li>`);
  const linked = new Set(diagram.arrows.flatMap((arrow) => [arrow.from, arrow.to]));
  const loose = diagram.boxes.filter((box) => !linked.has(box.id)).map((box) => `<li>${escapeHtml(name(box.id))}</li>`);
  return `<div class="visually-hidden diagram-text"><ul>${[...loose, ...arrows].join('')}</ul></div>\n`;
}
