import type { FontFace } from './font-metrics.ts';
import { attribute, decodeEntities, elementChildren, hasClass, isElement, type HtmlElement, type HtmlNode } from './html-tree.ts';
import { countLines, type TextRun } from './measure-text.ts';
import {
  BLOCK_GAP,
  CALLOUT,
  CODE,
  COLUMNS,
  FLOW,
  HEADING,
  IMAGE,
  INLINE_CODE_SCALE,
  LIST,
  QUOTE,
  STACK,
  TABLE,
  TEXT,
  VIDEO_CARD,
} from './theme-metrics.ts';

/** A block's height on the slide, and the margin below it that a following block would sit beyond. */
export interface BlockSize {
  height: number;
  marginBottom: number;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE = new Set(['a', 'abbr', 'b', 'br', 'cite', 'code', 'del', 'em', 'i', 'img', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'input']);
const SKIPPED = new Set(['aside', 'script', 'style', 'template']);

interface TextStyle {
  face: FontFace;
  size: number;
  lineHeight: number;
}

const BODY: TextStyle = { face: 'regular', size: TEXT.size, lineHeight: TEXT.lineHeight };

/**
 * The layout model: how tall a block of slide HTML renders at `width`, from the theme's sizes and the
 * fonts' real advance widths. It errs on the tall side, so a slide it calls full really is.
 */
export function measureBlock(node: HtmlNode, width: number, isTitle = false): BlockSize {
  if (!isElement(node)) return paragraphSize([{ text: node.text, face: 'regular', size: TEXT.size }], width, BODY, 0);
  const { tag } = node;
  if (SKIPPED.has(tag)) return { height: 0, marginBottom: 0 };
  if (HEADINGS.has(tag)) return headingSize(node, width, isTitle);
  if (tag === 'p') return paragraphSize(inlineRuns(node.children, BODY), width, hasClass(node, 'deck-byline') ? { ...BODY, size: 28 } : BODY, BLOCK_GAP, node);
  if (tag === 'ul' || tag === 'ol') return listSize(node, width);
  if (tag === 'figure' && hasClass(node, 'code-block')) return codeBlockSize(node);
  if (tag === 'figure' && hasClass(node, 'diagram-stack')) return stackSize(node);
  if (tag === 'figure' && hasClass(node, 'diagram-flow')) return flowSize(node, width);
  if (tag === 'table') return tableSize(node, width);
  if (tag === 'blockquote') return padded(childrenSize(node.children, width - 2 * QUOTE.paddingX), QUOTE.paddingY, BLOCK_GAP);
  if (tag === 'pre') return { height: lineCount(node) * CODE.size * CODE.lineHeight + CODE.padding, marginBottom: BLOCK_GAP };
  if (tag === 'hr') return { height: 2, marginBottom: BLOCK_GAP * 2 };
  if (tag === 'img') return { height: imageHeight(node, width), marginBottom: 0 };
  if (tag === 'div' && hasClass(node, 'columns')) return columnsSize(node, width);
  if (hasClass(node, 'image-missing')) return imagePlaceholderSize(node, width);
  if (hasClass(node, 'video-card')) return { height: VIDEO_CARD.height, marginBottom: 0 };
  if (INLINE.has(tag)) return paragraphSize(inlineRuns([node], BODY), width, BODY, 0, node);
  const callout = ['tip', 'info', 'note', 'warning', 'danger', 'important', 'callout'].some((name) => hasClass(node, name));
  const inner = childrenSize(node.children, callout ? width - 2 * CALLOUT.paddingX : width);
  return callout ? padded(inner, CALLOUT.paddingY, BLOCK_GAP) : inner;
}

/** Block children stacked, with collapsed margins between them; inline runs between blocks form paragraphs. */
export function childrenSize(children: readonly HtmlNode[], width: number): BlockSize {
  let height = 0;
  let margin = 0;
  let inline: HtmlNode[] = [];
  const add = (size: BlockSize) => {
    if (size.height === 0 && size.marginBottom === 0) return;
    height += (height > 0 ? margin : 0) + size.height;
    margin = size.marginBottom;
  };
  const flushInline = () => {
    const runs = inlineRuns(inline, BODY);
    if (runs.some((run) => run.text.trim() !== '')) add(paragraphSize(runs, width, BODY, 0));
    inline = [];
  };
  for (const child of children) {
    if (!isElement(child) || INLINE.has(child.tag)) {
      inline.push(child);
      continue;
    }
    flushInline();
    add(measureBlock(child, width));
  }
  flushInline();
  return { height, marginBottom: margin };
}

function headingSize(node: HtmlElement, width: number, isTitle: boolean): BlockSize {
  const size = isTitle ? HEADING.title : HEADING.sub;
  const style: TextStyle = { face: 'bold', size, lineHeight: HEADING.lineHeight };
  const lines = countLines(inlineRuns(node.children, style), width);
  const height = lines * size * HEADING.lineHeight + (isTitle ? HEADING.titleExtra : HEADING.subMarginTop);
  return { height, marginBottom: isTitle ? 0 : size * HEADING.marginBottom };
}

function paragraphSize(runs: TextRun[], width: number, style: TextStyle, marginBottom: number, node?: HtmlElement): BlockSize {
  const blocks = node ? blockDescendants(node) : [];
  const extra = blocks.reduce((sum, block) => sum + measureBlock(block, width).height, 0);
  const textRuns = runs.filter((run) => run.text.trim() !== '');
  const textHeight = textRuns.length > 0 ? countLines(runs, width) * style.size * style.lineHeight : 0;
  return { height: textHeight + extra, marginBottom };
}

/** Images and placeholders inside a paragraph take their own height. */
function blockDescendants(node: HtmlElement): HtmlElement[] {
  return node.children.filter(isElement).flatMap((child) => (child.tag === 'img' || hasClass(child, 'image-missing') || hasClass(child, 'video-card') ? [child] : blockDescendants(child)));
}

function listSize(node: HtmlElement, width: number): BlockSize {
  const items = elementChildren(node).filter((child) => child.tag === 'li');
  // Item margins collapse: one gap between items, none inside the list's edges.
  const height = items.reduce((sum, item) => sum + listItemHeight(item, width), 0);
  return { height: height + Math.max(items.length - 1, 0) * LIST.itemGap, marginBottom: BLOCK_GAP };
}

export function listItemHeight(item: HtmlElement, width: number): number {
  return Math.max(childrenSize(item.children, width - LIST.indent).height, TEXT.size * TEXT.lineHeight);
}

function codeBlockSize(node: HtmlElement): BlockSize {
  const title = node.children.some((child) => isElement(child) && child.tag === 'figcaption') ? CODE.titleHeight : 0;
  const pre = node.children.find((child): child is HtmlElement => isElement(child) && child.tag === 'pre');
  const lines = pre ? lineCount(pre) : 1;
  return { height: CODE.border + title + CODE.padding + lines * CODE.size * CODE.lineHeight, marginBottom: BLOCK_GAP };
}

export function lineCount(pre: HtmlElement): number {
  const code = elementChildren(pre)[0] ?? pre;
  const lines = elementChildren(code).filter((child) => hasClass(child, 'line')).length;
  return Math.max(lines, 1);
}

function stackSize(node: HtmlElement): BlockSize {
  const visual = elementChildren(node).find((child) => hasClass(child, 'diagram-visual'));
  const rows = Number(/--stack-rows:(\d+)/.exec(visual ? (attribute(visual, 'style') ?? '') : '')?.[1] ?? 1);
  const hasNote = visual ? elementChildren(visual).some((child) => hasClass(child, 'stack-note')) : false;
  const height = STACK.titleHeight + rows * STACK.rowHeight + (rows + (hasNote ? 1 : 0)) * STACK.rowGap + (hasNote ? STACK.noteHeight : 0);
  return { height: height + STACK.margin / 3, marginBottom: (STACK.margin * 2) / 3 };
}

function flowSize(node: HtmlElement, width: number): BlockSize {
  const svg = elementChildren(node).find((child) => child.tag === 'svg');
  const [, , w = 1, h = 1] = (svg ? (attribute(svg, 'viewBox') ?? '') : '').split(/\s+/).map(Number);
  return { height: Math.min(FLOW.maxHeight, (width * h) / w) + FLOW.margin / 3, marginBottom: (FLOW.margin * 2) / 3 };
}

function tableSize(node: HtmlElement, width: number): BlockSize {
  const rows = tableRows(node);
  const columns = Math.max(1, ...rows.map((row) => elementChildren(row).length));
  const cellWidth = width / columns - TABLE.cellPaddingX;
  const height = rows.reduce((sum, row) => sum + tableRowHeight(row, cellWidth), 0);
  return { height, marginBottom: BLOCK_GAP };
}

export function tableRows(table: HtmlElement): HtmlElement[] {
  return elementChildren(table).flatMap((child) => (child.tag === 'tr' ? [child] : elementChildren(child).filter((row) => row.tag === 'tr')));
}

export function tableRowHeight(row: HtmlElement, cellWidth: number): number {
  const cells = elementChildren(row);
  const lines = Math.max(1, ...cells.map((cell) => countLines(inlineRuns(cell.children, cell.tag === 'th' ? { ...BODY, face: 'bold' } : BODY), cellWidth)));
  return lines * TEXT.size * TEXT.lineHeight + TABLE.cellPaddingY + TABLE.border;
}

function columnsSize(node: HtmlElement, width: number): BlockSize {
  const columns = elementChildren(node);
  const widths = columnWidths(columns.map((column) => attribute(column, 'style') ?? ''), width);
  const heights = columns.map((column, i) => childrenSize(column.children, widths[i] ?? width).height);
  return { height: Math.max(0, ...heights), marginBottom: BLOCK_GAP };
}

/**
 * Each column's width as the flex row lays it out: a `flex:0 1 25%` column (Quarto's `width="25%"`) keeps
 * its share and shrinks with the others when the shares and gaps exceed the row; the rest share what is left.
 */
function columnWidths(styles: readonly string[], width: number): number[] {
  const room = width - COLUMNS.gap * Math.max(styles.length - 1, 0);
  const bases = styles.map((style) => {
    const basis = /flex:0 1 (\d+(?:\.\d+)?)(%|px|r?em)/.exec(style);
    if (!basis) return undefined;
    const value = Number(basis[1]);
    return basis[2] === '%' ? (width * value) / 100 : basis[2] === 'px' ? value : value * TEXT.size;
  });
  const fixed = bases.reduce<number>((sum, basis) => sum + (basis ?? 0), 0);
  const flexible = bases.filter((basis) => basis === undefined).length;
  const shrink = fixed > room ? room / fixed : 1;
  const share = flexible > 0 ? Math.max(room - fixed * shrink, 0) / flexible : 0;
  return bases.map((basis) => (basis === undefined ? share : basis * shrink));
}

function imageHeight(node: HtmlElement, width: number): number {
  const w = Number(attribute(node, 'width'));
  const h = Number(attribute(node, 'height'));
  if (w > 0 && h > 0) return Math.min(IMAGE.maxHeight, h * Math.min(1, width / w));
  return IMAGE.maxHeight;
}

function imagePlaceholderSize(node: HtmlElement, width: number): BlockSize {
  const text = childrenSize(node.children, Math.min(640, width) - IMAGE.missingPadding * 1.5).height;
  return { height: Math.max(IMAGE.missingMinHeight, text + IMAGE.missingPadding) + 2 * IMAGE.missingMargin, marginBottom: 0 };
}

function padded(inner: BlockSize, padding: number, marginBottom: number): BlockSize {
  return { height: inner.height + 2 * padding, marginBottom };
}

/** The inline content of nodes as styled runs; `<br>` becomes a forced break. */
function inlineRuns(nodes: readonly HtmlNode[], style: TextStyle): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (node: HtmlNode, face: FontFace, size: number, padding: number) => {
    if (node.type === 'text') {
      runs.push({ text: decodeEntities(node.text.replace(/\s+/g, ' ')), face, size, padding });
      return;
    }
    if (SKIPPED.has(node.tag) || node.tag === 'img' || hasClass(node, 'image-missing') || hasClass(node, 'video-card')) return;
    if (node.tag === 'br') {
      runs.push({ text: '\n', face, size });
      return;
    }
    if (hasClass(node, 'visually-hidden')) return;
    const nextFace: FontFace = node.tag === 'code' || node.tag === 'kbd' ? 'mono' : node.tag === 'strong' || node.tag === 'b' ? 'bold' : node.tag === 'em' || node.tag === 'i' ? (face === 'regular' ? 'italic' : face) : face;
    const nextSize = node.tag === 'code' ? size * INLINE_CODE_SCALE : size;
    for (const child of node.children) visit(child, nextFace, nextSize, node.tag === 'code' ? size * 0.4 + 2 : 0);
  };
  for (const node of nodes) visit(node, style.face, style.size, 0);
  return runs;
}
