import { attribute, elementChildren, hasClass, isElement, parseHtml, type HtmlElement, type HtmlNode } from './html-tree.ts';
import { lineCount, listItemHeight, measureBlock, tableRowHeight, tableRows } from './measure-block.ts';
import { CODE, CONTENT_HEIGHT, CONTENT_WIDTH, LIST, TABLE } from './theme-metrics.ts';

/** A block that does not fit a slide even alone: where it starts, and how tall it is. */
export interface TooTallBlock {
  line: number | undefined;
  height: number;
}

export interface Pagination {
  /** One HTML string per slide; the first is the slide itself, the others its continuations. */
  pages: string[];
  tooTall: TooTallBlock[];
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Splits a slide that does not fit into follow-up slides, between blocks, and inside lists (between items),
 * tables (between rows, header repeated) and code blocks without line steps (between lines). Never inside
 * a list item, a table row, a diagram or anything else. Text is never made smaller to fit.
 */
export function paginateSlide(html: string, continuedLabel: string): Pagination {
  const nodes = parseHtml(html).filter((node) => isElement(node) || node.text.trim() !== '');
  const first = nodes[0];
  const title = isElement(first) && HEADINGS.has(first.tag) ? first : undefined;
  const titleHeight = title ? measureBlock(title, CONTENT_WIDTH, true).height : 0;
  // A block is its node and its own source; the node's offsets count from `offset` in that source's string.
  const block = (node: HtmlNode, source: string, offset: number) => ({ node, html: source, offset });
  const reparsed = (source: string) => block(parseHtml(source)[0] ?? { type: 'text', text: source, start: 0, end: source.length }, source, 0);
  const queue = nodes.slice(title ? 1 : 0).map((node) => block(node, html.slice(node.start, node.end), node.start));

  const pages: string[][] = [[]];
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
    const size = measureBlock(item.node, CONTENT_WIDTH);
    const gap = page().length > 0 ? margin : 0;
    if (used + gap + size.height <= CONTENT_HEIGHT) {
      page().push(item.html);
      used += gap + size.height;
      margin = size.marginBottom;
      continue;
    }
    const rooms = { room: CONTENT_HEIGHT - used - gap, freshRoom: CONTENT_HEIGHT - titleHeight, pageIsEmpty: page().length === 0 };
    const parts = isElement(item.node) ? splitBlock(item.html, item.offset, item.node, rooms) : undefined;
    if (parts) {
      // Every part but the last fills a page of its own; the last one may share its page with what follows.
      parts.slice(0, -1).forEach((part, i) => {
        if (i > 0) newPage();
        page().push(part);
      });
      newPage();
      queue.unshift(reparsed(parts.at(-1) ?? ''));
      continue;
    }
    if (page().length > 0) {
      newPage();
      queue.unshift(item);
      continue;
    }
    page().push(item.html);
    tooTall.push({ line: lineOf(item.node), height: Math.round(titleHeight + size.height) });
    used = CONTENT_HEIGHT;
  }

  const titleHtml = title ? html.slice(title.start, title.end) : '';
  const continuedTitle = title ? `<${title.tag}${title.attributes}>${innerHtml(html, title)} <span class="continued">${continuedLabel}</span></${title.tag}>` : '';
  const filled = pages.filter((blocks, i) => i === 0 || blocks.length > 0);
  return {
    pages: filled.map((blocks, i) => `${i === 0 ? titleHtml : continuedTitle}${titleHtml ? '\n' : ''}${blocks.join('\n')}${blocks.length > 0 ? '\n' : ''}`),
    tooTall,
  };
}

interface Rooms {
  /** What is left on the current page. */
  room: number;
  /** What a follow-up page offers below its title. */
  freshRoom: number;
  pageIsEmpty: boolean;
}

type SourceOf = (node: HtmlNode) => string;

/**
 * A block cut into parts in one pass (a long block never has its rest re-read, so cutting is linear):
 * the first part fits the current page, each further part a page of its own. Undefined when the block
 * cannot be split, or fits as it is.
 */
function splitBlock(source: string, offset: number, node: HtmlElement, rooms: Rooms): string[] | undefined {
  const part = (child: HtmlNode) => source.slice(child.start - offset, child.end - offset);
  if (node.tag === 'ul' || node.tag === 'ol') return splitList(node, part, rooms);
  if (node.tag === 'table') return splitTable(node, part, rooms);
  if (node.tag === 'figure' && hasClass(node, 'code-block') && attribute(node, 'data-line-steps') === undefined) return splitCode(node, part, rooms);
  return undefined;
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

/** Consecutive slices of `items`, `runs` long each. */
function slices<T>(items: readonly T[], runs: readonly number[]): T[][] {
  let at = 0;
  return runs.map((count) => items.slice(at, (at += count)));
}

function splitList(node: HtmlElement, source: SourceOf, rooms: Rooms): string[] | undefined {
  const items = elementChildren(node).filter((child) => child.tag === 'li');
  const runs = runsByHeight(items.map((item) => listItemHeight(item, CONTENT_WIDTH) + LIST.itemGap), -LIST.itemGap, rooms);
  if (!runs) return undefined;
  let number = Number(attribute(node, 'start') ?? 1);
  return slices(items, runs).map((part, i) => {
    const attributes = node.tag === 'ol' && i > 0 ? `${node.attributes.replace(/\s+start="[^"]*"/, '')} start="${number}"` : node.attributes;
    number += part.length;
    return `<${node.tag}${attributes}>\n${part.map(source).join('\n')}\n</${node.tag}>`;
  });
}

function splitTable(node: HtmlElement, source: SourceOf, rooms: Rooms): string[] | undefined {
  const head = elementChildren(node).find((child) => child.tag === 'thead');
  const body = elementChildren(node).find((child) => child.tag === 'tbody');
  if (!body) return undefined;
  const rows = tableRows(body);
  const columns = Math.max(1, ...tableRows(node).map((row) => elementChildren(row).length));
  const cellWidth = CONTENT_WIDTH / columns - TABLE.cellPaddingX;
  const headHeight = head ? tableRows(head).reduce((sum, row) => sum + tableRowHeight(row, cellWidth), 0) : 0;
  const runs = runsByHeight(rows.map((row) => tableRowHeight(row, cellWidth)), headHeight, rooms);
  if (!runs) return undefined;
  const headHtml = head ? source(head) : '';
  return slices(rows, runs).map((part) => `<table${node.attributes}>\n${headHtml}\n<tbody>\n${part.map(source).join('\n')}\n</tbody>\n</table>`);
}

function splitCode(node: HtmlElement, source: SourceOf, rooms: Rooms): string[] | undefined {
  const caption = elementChildren(node).find((child) => child.tag === 'figcaption');
  const pre = elementChildren(node).find((child) => child.tag === 'pre');
  const code = pre ? elementChildren(pre)[0] : undefined;
  if (!pre || !code || lineCount(pre) < 2) return undefined;
  const lines = elementChildren(code).filter((child) => hasClass(child, 'line'));
  const fixed = CODE.border + CODE.padding + (caption ? CODE.titleHeight : 0);
  const runs = runsByHeight(lines.map(() => CODE.size * CODE.lineHeight), fixed, rooms);
  if (!runs) return undefined;
  const captionHtml = caption ? source(caption) : '';
  return slices(lines, runs).map((part) => `<figure${node.attributes}>${captionHtml}<pre${pre.attributes}><code${code.attributes}>${part.map(source).join('\n')}</code></pre></figure>`);
}

function innerHtml(html: string, node: HtmlElement): string {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  return first && last ? html.slice(first.start, last.end) : '';
}

function lineOf(node: HtmlNode): number | undefined {
  if (!isElement(node)) return undefined;
  const line = Number(attribute(node, 'data-line'));
  return Number.isFinite(line) && line > 0 ? line : undefined;
}
