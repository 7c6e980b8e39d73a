import type { Block, CodeBlock, GroupBlock, ListBlock, ListItem, PlacedBlock, TableBlock } from '../model/block.ts';
import { cutOf, fillPages, type Cut, type Paging, type Rooms } from './fill-pages.ts';
import { codeFixedHeight, codeLineHeight, codeLineRows, groupInset, itemsSize, leadingMargin, listItemSize, measureBlock, stackedSize, tableCellWidth, tableRowHeight, type BlockSize } from './measure-block.ts';
import { LIST } from './theme-metrics.ts';

/** One item of a list as a page holds it: whole, or the run of its children this page holds. */
interface ItemPiece {
  index: number;
  children?: PlacedBlock[];
  /** The item began on the page before (drawn without its marker). */
  resumed: boolean;
}

/** Blocks (whole or cut) stacked at `width`: how they are measured and cut. */
export function blockPaging(width: number): Paging<PlacedBlock> {
  return {
    size: (placed) => measurePlaced(placed, width),
    cut: (placed, rooms) => cutBlock(placed, rooms, width),
    line: (placed) => placed.block.line,
  };
}

/** A whole block, or the part of it a page holds. */
export function measurePlaced(placed: PlacedBlock, width: number): BlockSize {
  const { block, part } = placed;
  if (block.kind === 'group' && placed.children) {
    const inset = groupInset(block);
    const inner = placedStackSize(placed.children, width - (inset?.width ?? 0));
    const leading = leadingMargin(placed.children.map((child) => child.block));
    return { height: inner.height + (inset?.height ?? 0) + leading, marginBottom: measureBlock(block, width).marginBottom };
  }
  if (!part) return measureBlock(block, width);
  if (block.kind === 'list') {
    return itemsSize(itemPieces(placed, block).map((piece) => itemSize(block, piece, width)));
  }
  if (block.kind === 'table') return measureBlock({ ...block, rows: block.rows.slice(part.from, part.to) }, width);
  if (block.kind === 'code') return measureBlock({ ...block, lines: block.lines.slice(part.from, part.to) }, width);
  return measureBlock(block, width);
}

/** Placed blocks stacked, their margins collapsed between them. */
function placedStackSize(children: readonly PlacedBlock[], width: number): BlockSize {
  return stackedSize(children.map((child) => measurePlaced(child, width)));
}

/**
 * A block cut in parts: lists between items (and inside an item taller than a page), tables between rows,
 * code without line steps between lines, quotes and callouts between their children, recursively. The
 * first part fits the room left, each further part a page of its own. Undefined when the block cannot be
 * cut, or gains nothing by it. Raw HTML, diagrams, build steps and questions are never cut.
 */
export function cutBlock(placed: PlacedBlock, rooms: Rooms, width: number): Cut<PlacedBlock> | undefined {
  const { block } = placed;
  const from = placed.part?.from ?? 0;
  const to = placed.part?.to;
  switch (block.kind) {
    case 'list':
      return cutList(placed, block, rooms, width);
    case 'table':
      return partsOf(block, from, runsByHeight(tableHeights(block, from, to, width), tableHeadHeight(block, width), rooms));
    case 'code':
      if (block.stepped || (to ?? block.lines.length) - from < 2) return undefined;
      return partsOf(block, from, runsByHeight(codeHeights(block, from, to, width), codeFixedHeight(block), rooms));
    case 'group':
      return cutGroup(placed, block, rooms, width);
    default:
      return undefined;
  }
}

/**
 * A quote or callout taller than a page, between its children; each part re-opens it (a callout with its
 * title). One that fits a fresh page is moved whole instead.
 */
function cutGroup(placed: PlacedBlock, block: GroupBlock, rooms: Rooms, width: number): Cut<PlacedBlock> | undefined {
  const inset = groupInset(block);
  // Groups without tags of their own are raw HTML: cutting them would cut inside an element.
  if (!inset || block.open === '' || measurePlaced(placed, width).height <= rooms.freshRoom) return undefined;
  const children = placed.children ?? block.children.map((child) => ({ block: child }));
  const title = block.titled ? children[0] : undefined;
  const rest = title ? children.slice(1) : children;
  const innerWidth = width - inset.width;
  const titleSize = title ? measurePlaced(title, innerWidth) : { height: 0, marginBottom: 0 };
  // Room for a list's first margin too, in case a page of the part begins with one.
  const fixed = inset.height + LIST.itemGap + titleSize.height + (title ? titleSize.marginBottom : 0);
  const filled = fillPages(rest, blockPaging(innerWidth), { room: rooms.room - fixed, freshRoom: rooms.freshRoom - fixed, pageIsEmpty: rooms.pageIsEmpty });
  const resumed = placed.resumed === true;
  return cutOf(filled, (page, i) => ({ block, children: title ? [title, ...page] : page, resumed: resumed || i > 0 }));
}

function cutList(placed: PlacedBlock, block: ListBlock, rooms: Rooms, width: number): Cut<PlacedBlock> | undefined {
  const paging: Paging<ItemPiece> = {
    size: (piece) => itemSize(block, piece, width),
    cut: (piece, itemRooms) => cutItem(block, piece, itemRooms, width),
    line: (piece) => block.items[piece.index]?.blocks[0]?.line ?? block.line,
  };
  const filled = fillPages(itemPieces(placed, block), paging, rooms);
  return cutOf(filled, (page) => listPart(block, page));
}

/** A list item taller than a page, between its children; one that fits a fresh page is moved whole. */
function cutItem(block: ListBlock, piece: ItemPiece, rooms: Rooms, width: number): Cut<ItemPiece> | undefined {
  const item = block.items[piece.index];
  if (!item || !isCuttable(item) || itemSize(block, piece, width).height <= rooms.freshRoom) return undefined;
  const children = piece.children ?? item.blocks.map((child) => ({ block: child }));
  const filled = fillPages(children, blockPaging(width - LIST.indent), rooms);
  return cutOf(filled, (page, i) => ({ index: piece.index, children: page, resumed: piece.resumed || i > 0 }));
}

/**
 * An item can be cut when its HTML is its children's and nothing else (`<li>` + each child's HTML): a task
 * item's checkbox or a build step's class would be lost.
 */
function isCuttable(item: ListItem): boolean {
  if (!item.html.startsWith('<li>') || !item.html.endsWith('</li>')) return false;
  const inner = item.html.slice(4, -5);
  let at = 0;
  for (const child of item.blocks) {
    if (!inner.startsWith(child.html, at)) return false;
    at += child.html.length;
    if (inner[at] === '\n') at++;
  }
  return at === inner.length;
}

function itemPieces(placed: PlacedBlock, block: ListBlock): ItemPiece[] {
  const from = placed.part?.from ?? 0;
  const to = placed.part?.to ?? block.items.length;
  return Array.from({ length: to - from }, (_, i) => {
    const children = placed.items?.[i];
    return { index: from + i, ...(children ? { children } : {}), resumed: i === 0 && placed.resumed === true };
  });
}

function listPart(block: ListBlock, page: readonly ItemPiece[]): PlacedBlock {
  const from = page[0]?.index ?? 0;
  const cut = page.some((piece) => piece.children);
  return { block, part: { from, to: from + page.length }, ...(cut ? { items: page.map((piece) => piece.children) } : {}), ...(page[0]?.resumed ? { resumed: true } : {}) };
}

function itemSize(block: ListBlock, piece: ItemPiece, width: number): BlockSize {
  const children = piece.children ?? block.items[piece.index]?.blocks.map((child) => ({ block: child })) ?? [];
  return listItemSize(placedStackSize(children, width - LIST.indent));
}

function tableHeights(block: TableBlock, from: number, to: number | undefined, width: number): number[] {
  const cellWidth = tableCellWidth(block, width);
  return block.rows.slice(from, to).map((row) => tableRowHeight(row, cellWidth));
}

function tableHeadHeight(block: TableBlock, width: number): number {
  const cellWidth = tableCellWidth(block, width);
  return block.headHtml ? block.head.reduce((sum, row) => sum + tableRowHeight(row, cellWidth), 0) : 0;
}

function codeHeights(block: CodeBlock, from: number, to: number | undefined, width: number): number[] {
  return block.lines.slice(from, to).map((line) => codeLineRows(line, width) * codeLineHeight());
}

function partsOf(block: Block, from: number, runs: number[] | undefined): Cut<PlacedBlock> | undefined {
  if (!runs) return undefined;
  let at = from;
  return { parts: runs.map((count) => ({ block, part: { from: at, to: (at += count) } })), tooTall: [] };
}

/**
 * How many of the parts (of these heights) go on each page: the first page has `room` (and takes at least
 * one part when it is empty), every other page `freshRoom`. Undefined when nothing is gained by splitting.
 */
function runsByHeight(heights: readonly number[], fixed: number, rooms: Rooms): number[] | undefined {
  const fill = (from: number, room: number, atLeastOne: boolean) => {
    let used = 0;
    let count = 0;
    while (from + count < heights.length && used + (heights[from + count] ?? 0) <= room) used += heights[from + count++] ?? 0;
    return count === 0 && atLeastOne ? 1 : count;
  };
  const first = fill(0, rooms.room - fixed, rooms.pageIsEmpty);
  if (first === 0 || first >= heights.length) return undefined;
  const runs = [first];
  for (let at = first; at < heights.length; ) {
    const count = fill(at, rooms.freshRoom - fixed, true);
    runs.push(count);
    at += count;
  }
  return runs;
}
