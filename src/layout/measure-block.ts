import type { Block, CodeBlock, CodeLine, ColumnBasis, Embed, FontFace, GroupBlock, Inline, ListBlock, TableBlock, TableRow, TextBlock } from '../model/block.ts';
import { codeRows } from './code-rows.ts';
import { countLines, type TextRun } from './measure-text.ts';
import { BLOCK_GAP, CALLOUT, CODE, COLUMNS, FLOW, HEADING, IMAGE, INLINE_CODE_SCALE, LIST, QUOTE, STACK, TABLE, TEXT, VIDEO_CARD } from './theme-metrics.ts';

/** A block's height on the slide, and the margin below it that a following block would sit beyond. */
export interface BlockSize {
  height: number;
  marginBottom: number;
}

const NOTHING: BlockSize = { height: 0, marginBottom: 0 };
/** KaTeX sets formulas at 1.21em of the text around them. */
const KATEX_SCALE = 1.21;
const BYLINE_SIZE = 28;
/** What an inline formula's box adds above its tallest row, in em of the text (see mathLineHeight). */
const MATH_LINE_EXTRA_EM = 0.1;

/**
 * The layout model: how tall a typed block renders at `width`, from the theme's sizes and the fonts' real
 * advance widths. It errs on the tall side, so a slide it calls full really is.
 */
export function measureBlock(block: Block, width: number, isTitle = false): BlockSize {
  // Blocks are never changed once rendered, so a size is computed once per block and width: pagination asks
  // again for the same block at every level of a nested container it tries to cut.
  const key = isTitle ? -width : width;
  let sizes = MEASURED.get(block);
  const known = sizes?.get(key);
  if (known) return known;
  const size = computeBlockSize(block, width, isTitle);
  if (!sizes) MEASURED.set(block, (sizes = new Map()));
  sizes.set(key, size);
  return size;
}

/** Sizes already computed, per block and width (negative for a title slide's heading); see measureBlock. */
const MEASURED = new WeakMap<Block, Map<number, BlockSize>>();

function computeBlockSize(block: Block, width: number, isTitle: boolean): BlockSize {
  switch (block.kind) {
    case 'text':
      return block.role === 'heading' ? headingSize(block, width, isTitle) : textSize(block, width);
    case 'list':
      return listSize(block, width);
    case 'code':
      return { height: codeFixedHeight(block) + block.lines.reduce((sum, line) => sum + codeLineRows(line, width) * codeLineHeight(), 0), marginBottom: BLOCK_GAP };
    case 'table':
      return tableSize(block, width);
    case 'group':
      return groupSize(block, width);
    case 'html':
      return childrenSize(block.children, width);
    case 'stack': {
      const rows = Math.max(block.rows, 1);
      const height = STACK.titleHeight + rows * STACK.rowHeight + (rows + (block.hasNotes ? 1 : 0)) * STACK.rowGap + (block.hasNotes ? STACK.noteHeight : 0);
      return { height: height + STACK.margin / 3, marginBottom: (STACK.margin * 2) / 3 };
    }
    case 'flow':
      return { height: Math.min(FLOW.maxHeight, (width * block.height) / Math.max(block.width, 1)) + FLOW.margin / 3, marginBottom: (FLOW.margin * 2) / 3 };
    case 'rule':
      return { height: 2, marginBottom: BLOCK_GAP * 2 };
    case 'measured':
      return { height: block.height, marginBottom: BLOCK_GAP };
    case 'math':
      return { height: block.heightEm * TEXT.size, marginBottom: BLOCK_GAP };
  }
}

/** Blocks stacked, their margins collapsed between them. */
export function childrenSize(children: readonly Block[], width: number): BlockSize {
  return stackedSize(children.map((child) => measureBlock(child, width)));
}

/** Sizes stacked in order, each margin collapsed into the next block; empty ones take no room. */
export function stackedSize(sizes: readonly BlockSize[]): BlockSize {
  let height = 0;
  let margin = 0;
  for (const size of sizes) {
    if (size.height === 0 && size.marginBottom === 0) continue;
    height += (height > 0 ? margin : 0) + size.height;
    margin = size.marginBottom;
  }
  return { height, marginBottom: margin };
}

function headingSize(block: TextBlock, width: number, isTitle: boolean): BlockSize {
  const size = isTitle ? HEADING.title : HEADING.sub;
  const lines = countLines(textRuns(block.inline, size), width);
  const height = lines * size * HEADING.lineHeight + (isTitle ? HEADING.titleExtra : HEADING.subMarginTop);
  return { height, marginBottom: isTitle ? 0 : size * HEADING.marginBottom };
}

function textSize(block: TextBlock, width: number): BlockSize {
  const lineHeight = Math.max((block.role === 'byline' ? BYLINE_SIZE : TEXT.size) * TEXT.lineHeight, mathLineHeight(block.inline));
  const runs = textRuns(block.inline, TEXT.size);
  const hasText = runs.some((run) => run.text.trim() !== '');
  const embeds = block.inline.reduce((sum, part) => sum + (part.kind === 'embed' ? embedHeight(part.embed, width) : 0), 0);
  const height = (hasText ? countLines(runs, width) * lineHeight : 0) + embeds;
  if (height === 0) return NOTHING;
  return { height, marginBottom: block.role === 'inline' ? 0 : BLOCK_GAP };
}

/**
 * A line holding an inline formula is as tall as the formula's box: KaTeX's tallest row plus the half-leading
 * its own line-height adds (measured in Chromium: 39.7 px for a line of 36.4 with \rho(r_j), i.e. 0.1em
 * above the strut). Every line of the paragraph is counted so, since the model does not know which line
 * holds the formula: it errs tall.
 */
function mathLineHeight(inline: readonly Inline[]): number {
  const tallest = Math.max(0, ...inline.map((part) => (part.kind === 'text' ? (part.mathHeightEm ?? 0) : 0)));
  return tallest > 0 ? (tallest + MATH_LINE_EXTRA_EM) * TEXT.size : 0;
}

function embedHeight(embed: Embed, width: number): number {
  switch (embed.kind) {
    case 'image':
      return embed.width && embed.height ? Math.min(IMAGE.maxHeight, embed.height * Math.min(1, width / embed.width)) : IMAGE.maxHeight;
    case 'image-missing': {
      const text = countLines([{ text: embed.text, face: 'regular', size: TEXT.size }], Math.min(640, width) - IMAGE.missingPadding * 1.5) * TEXT.size * TEXT.lineHeight;
      return Math.max(IMAGE.missingMinHeight, text + IMAGE.missingPadding) + 2 * IMAGE.missingMargin;
    }
    case 'video':
      return VIDEO_CARD.height;
    case 'measured':
      return embed.height;
    // A displayed formula inside a paragraph keeps KaTeX's margins: 1em above and below.
    case 'math':
      return (embed.heightEm + 2) * TEXT.size;
  }
}

function listSize(block: ListBlock, width: number): BlockSize {
  return itemsSize(block.items.map((item) => listItemSize(childrenSize(item.blocks, width - LIST.indent))));
}

/**
 * A list item's size from its children's: at least one line tall. Its margin is the item gap, or the last
 * child's margin where that is larger (a code block or a paragraph at the end of an item): that margin
 * collapses through the item's edge.
 */
export function listItemSize(children: BlockSize): BlockSize {
  return { height: Math.max(children.height, TEXT.size * TEXT.lineHeight), marginBottom: Math.max(LIST.itemGap, children.marginBottom) };
}

/** Items stacked: between two, the larger of their margins; none inside the list's edges. */
export function itemsSize(items: readonly BlockSize[]): BlockSize {
  const height = items.reduce((sum, item, i) => sum + item.height + (i > 0 ? (items[i - 1]?.marginBottom ?? 0) : 0), 0);
  return { height, marginBottom: BLOCK_GAP };
}

export function codeLineHeight(): number {
  return CODE.size * CODE.lineHeight;
}

/**
 * The rows a code line takes at `width`: long lines wrap (code.css), the first row the full width, the others
 * beside the hanging indent; one character less than fits, so a subpixel never makes the model short.
 */
export function codeLineRows(line: CodeLine, width: number): number {
  const charWidth = CODE.size * CODE.charWidth;
  const room = width - CODE.border - CODE.paddingX;
  return codeRows(line.text, Math.floor(room / charWidth) - 1, Math.floor((room - CODE.hang) / charWidth) - 1);
}

/** Border, padding and file tab: what a code block takes besides its lines. */
export function codeFixedHeight(block: CodeBlock): number {
  if (!block.framed) return CODE.padding;
  return CODE.border + (block.caption ? CODE.titleHeight : 0) + CODE.padding;
}

function tableSize(block: TableBlock, width: number): BlockSize {
  const cellWidth = tableCellWidth(block, width);
  const height = [...block.head, ...block.rows].reduce((sum, row) => sum + tableRowHeight(row, cellWidth), 0);
  return { height, marginBottom: BLOCK_GAP };
}

export function tableCellWidth(block: TableBlock, width: number): number {
  const columns = Math.max(1, ...[...block.head, ...block.rows].map((row) => row.cells.length));
  return width / columns - TABLE.cellPaddingX;
}

export function tableRowHeight(row: TableRow, cellWidth: number): number {
  const lines = Math.max(1, ...row.cells.map((cell) => countLines(textRuns(cell.inline, TEXT.size), cellWidth)));
  return lines * TEXT.size * TEXT.lineHeight + TABLE.cellPaddingY + TABLE.border;
}

/** What a quote or a callout takes around its children: the width of its bar and padding, and the height. */
export function groupInset(block: GroupBlock): { width: number; height: number } | undefined {
  if (block.role === 'quote') return { width: 2 * QUOTE.paddingX, height: 2 * QUOTE.paddingY };
  if (block.role === 'callout') return { width: 2 * CALLOUT.paddingX, height: 2 * CALLOUT.paddingY };
  return undefined;
}

function groupSize(block: GroupBlock, width: number): BlockSize {
  switch (block.role) {
    case 'quote':
    case 'callout': {
      const inset = groupInset(block) ?? { width: 0, height: 0 };
      return { height: childrenSize(block.children, width - inset.width).height + inset.height + leadingMargin(block.children), marginBottom: BLOCK_GAP };
    }
    case 'columns': {
      const widths = columnWidths(block.children.map((column) => (column.kind === 'group' ? column.basis : undefined)), width);
      const heights = block.children.map((column, i) => measureBlock(column, widths[i] ?? width).height);
      return { height: Math.max(0, ...heights), marginBottom: BLOCK_GAP };
    }
    // A column is a flex item: the margins of its first and last child stay inside it.
    case 'column': {
      const inner = childrenSize(block.children, width);
      return { height: inner.height + inner.marginBottom + leadingMargin(block.children), marginBottom: 0 };
    }
    case 'plain':
      return childrenSize(block.children, width);
  }
}

/**
 * The top margin a container's padding (or a column's edge) keeps inside it: a list's first item's margin.
 * Other blocks measure their own top margin (headings) or have none.
 */
export function leadingMargin(children: readonly Block[]): number {
  const first = children.find((child) => child.kind !== 'html' || child.children.length > 0);
  return first?.kind === 'list' ? LIST.itemGap : 0;
}

/**
 * Each column's width as the flex row lays it out: a column with its own width (Quarto's `width="25%"`)
 * keeps it, and shrinks with the others when widths and gaps exceed the row; the rest share what is left.
 */
function columnWidths(bases: readonly (ColumnBasis | undefined)[], width: number): number[] {
  const room = width - COLUMNS.gap * Math.max(bases.length - 1, 0);
  const fixedWidths = bases.map((basis) => (basis === undefined ? undefined : basis.unit === '%' ? (width * basis.value) / 100 : basis.unit === 'px' ? basis.value : basis.value * TEXT.size));
  const fixed = fixedWidths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const flexible = fixedWidths.filter((w) => w === undefined).length;
  const shrink = fixed > room ? room / fixed : 1;
  const share = flexible > 0 ? Math.max(room - fixed * shrink, 0) / flexible : 0;
  return fixedWidths.map((w) => (w === undefined ? share : w * shrink));
}

/** Inline content as runs of one face and size; a forced break becomes `\n`; embeds are measured apart. */
export function textRuns(inline: readonly Inline[], size: number): TextRun[] {
  return inline.flatMap((part): TextRun[] => {
    if (part.kind === 'break') return [{ text: '\n', face: 'regular', size }];
    if (part.kind !== 'text') return [];
    const face: FontFace = part.face;
    if (part.code) return [{ text: part.text, face, size: size * INLINE_CODE_SCALE, padding: size * 0.4 + 2 }];
    return [{ text: part.text, face, size: part.mathHeightEm ? size * KATEX_SCALE : size }];
  });
}
