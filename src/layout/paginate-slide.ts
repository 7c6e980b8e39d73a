import type { Block, CodeBlock, ListBlock, PlacedBlock, TableBlock, TextBlock } from '../model/block.ts';
import { codeFixedHeight, codeLineHeight, codeLineRows, listItemHeight, measureBlock, tableCellWidth, tableRowHeight } from './measure-block.ts';
import { CONTENT_HEIGHT, CONTENT_WIDTH, LIST } from './theme-metrics.ts';

/** A block that does not fit a slide even alone: where it starts, and how tall it is. */
export interface TooTallBlock {
  line: number | undefined;
  height: number;
}

export interface Pagination {
  /** The slide's title heading, when its first block is one: repeated on every follow-up. */
  heading?: TextBlock;
  /** The blocks of each page; the first page is the slide itself, the others its continuations. */
  pages: PlacedBlock[][];
  tooTall: TooTallBlock[];
}

interface Rooms {
  /** What is left on the current page. */
  room: number;
  /** What a follow-up page offers below its title. */
  freshRoom: number;
  pageIsEmpty: boolean;
}

/**
 * Splits a slide that does not fit into follow-up slides, between blocks, and inside lists (between items),
 * tables (between rows, header repeated) and code blocks without line steps (between lines). Never inside
 * a list item, a table row, a diagram or anything else. Text is never made smaller to fit.
 */
export function paginateSlide(blocks: readonly Block[]): Pagination {
  const first = blocks[0];
  const heading = first?.kind === 'text' && first.role === 'heading' ? first : undefined;
  const titleHeight = heading ? measureBlock(heading, CONTENT_WIDTH, true).height : 0;
  const queue: PlacedBlock[] = blocks.slice(heading ? 1 : 0).map((block) => ({ block }));

  const pages: PlacedBlock[][] = [[]];
  const tooTall: TooTallBlock[] = [];
  let used = titleHeight;
  let margin = 0;
  const page = () => pages[pages.length - 1] ?? [];
  const newPage = () => {
    pages.push([]);
    used = titleHeight;
    margin = 0;
  };

  while (queue.length > 0) {
    const item = queue.shift();
    if (!item) break;
    const size = measurePlaced(item);
    const gap = page().length > 0 ? margin : 0;
    if (used + gap + size.height <= CONTENT_HEIGHT) {
      page().push(item);
      used += gap + size.height;
      margin = size.marginBottom;
      continue;
    }
    const rooms = { room: CONTENT_HEIGHT - used - gap, freshRoom: CONTENT_HEIGHT - titleHeight, pageIsEmpty: page().length === 0 };
    const parts = splitBlock(item, rooms);
    if (parts) {
      // Every part but the last fills a page of its own; the last one may share its page with what follows.
      parts.slice(0, -1).forEach((part, i) => {
        if (i > 0) newPage();
        page().push(part);
      });
      newPage();
      const last = parts.at(-1);
      if (last) queue.unshift(last);
      continue;
    }
    if (page().length > 0) {
      newPage();
      queue.unshift(item);
      continue;
    }
    page().push(item);
    tooTall.push({ line: item.block.line, height: Math.round(titleHeight + size.height) });
    used = CONTENT_HEIGHT;
  }

  return { ...(heading ? { heading } : {}), pages: pages.filter((placed, i) => i === 0 || placed.length > 0), tooTall };
}

/** A whole block, or the run of items, rows or lines a part holds. */
function measurePlaced({ block, part }: PlacedBlock): { height: number; marginBottom: number } {
  if (!part) return measureBlock(block, CONTENT_WIDTH);
  const from = part.from;
  const to = part.to;
  if (block.kind === 'list') return measureBlock({ ...block, items: block.items.slice(from, to) }, CONTENT_WIDTH);
  if (block.kind === 'table') return measureBlock({ ...block, rows: block.rows.slice(from, to) }, CONTENT_WIDTH);
  if (block.kind === 'code') return measureBlock({ ...block, lines: block.lines.slice(from, to) }, CONTENT_WIDTH);
  return measureBlock(block, CONTENT_WIDTH);
}

/**
 * A block cut into parts in one pass (a long block never has its rest re-measured, so cutting is linear):
 * the first part fits the current page, each further part a page of its own. Undefined when the block
 * cannot be split, or fits as it is.
 */
function splitBlock(placed: PlacedBlock, rooms: Rooms): PlacedBlock[] | undefined {
  const { block } = placed;
  const from = placed.part?.from ?? 0;
  const to = placed.part?.to;
  if (block.kind === 'list') return partsOf(block, from, runsByHeight(listHeights(block, from, to), -LIST.itemGap, rooms));
  if (block.kind === 'table') return partsOf(block, from, runsByHeight(tableHeights(block, from, to), tableHeadHeight(block), rooms));
  if (block.kind === 'code' && !block.stepped && (to ?? block.lines.length) - from >= 2) {
    return partsOf(block, from, runsByHeight(codeHeights(block, from, to), codeFixedHeight(block), rooms));
  }
  return undefined;
}

function listHeights(block: ListBlock, from: number, to: number | undefined): number[] {
  return block.items.slice(from, to).map((item) => listItemHeight(item, CONTENT_WIDTH) + LIST.itemGap);
}

function tableHeights(block: TableBlock, from: number, to: number | undefined): number[] {
  const cellWidth = tableCellWidth(block, CONTENT_WIDTH);
  return block.rows.slice(from, to).map((row) => tableRowHeight(row, cellWidth));
}

function tableHeadHeight(block: TableBlock): number {
  const cellWidth = tableCellWidth(block, CONTENT_WIDTH);
  return block.headHtml ? block.head.reduce((sum, row) => sum + tableRowHeight(row, cellWidth), 0) : 0;
}

function codeHeights(block: CodeBlock, from: number, to: number | undefined): number[] {
  return block.lines.slice(from, to).map((line) => codeLineRows(line, CONTENT_WIDTH) * codeLineHeight());
}

function partsOf(block: Block, from: number, runs: number[] | undefined): PlacedBlock[] | undefined {
  if (!runs) return undefined;
  let at = from;
  return runs.map((count) => ({ block, part: { from: at, to: (at += count) } }));
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
