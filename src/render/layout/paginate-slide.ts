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
    const split = isElement(item.node) ? splitBlock(item.html, item.offset, item.node, CONTENT_HEIGHT - used - gap, page().length === 0) : undefined;
    if (split) {
      page().push(split.head);
      newPage();
      queue.unshift(reparsed(split.tail));
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

interface Split {
  head: string;
  tail: string;
}

/** The part of a block that fits in `room`, and the rest; undefined when the block cannot be split there. */
function splitBlock(source: string, offset: number, node: HtmlElement, room: number, pageIsEmpty: boolean): Split | undefined {
  const part = (child: HtmlNode) => source.slice(child.start - offset, child.end - offset);
  if (node.tag === 'ul' || node.tag === 'ol') return splitList(node, part, room, pageIsEmpty);
  if (node.tag === 'table') return splitTable(node, part, room, pageIsEmpty);
  if (node.tag === 'figure' && hasClass(node, 'code-block') && attribute(node, 'data-line-steps') === undefined) return splitCode(node, part, room, pageIsEmpty);
  return undefined;
}

type SourceOf = (node: HtmlNode) => string;

/** How many parts (of the given heights) fit in `room`; at least one on an empty page, and never all. */
function countFitting(heights: readonly number[], room: number, pageIsEmpty: boolean): number {
  let used = 0;
  let count = 0;
  for (const height of heights) {
    if (used + height > room) break;
    used += height;
    count++;
  }
  if (count === 0 && pageIsEmpty) count = 1;
  return count >= heights.length ? 0 : count;
}

function splitList(node: HtmlElement, source: SourceOf, room: number, pageIsEmpty: boolean): Split | undefined {
  const items = elementChildren(node).filter((child) => child.tag === 'li');
  const count = countFitting(items.map((item) => listItemHeight(item, CONTENT_WIDTH) + LIST.itemGap), room + LIST.itemGap, pageIsEmpty);
  if (count === 0) return undefined;
  const start = Number(attribute(node, 'start') ?? 1);
  const tailAttributes = node.tag === 'ol' ? `${node.attributes.replace(/\s+start="[^"]*"/, '')} start="${start + count}"` : node.attributes;
  return {
    head: `<${node.tag}${node.attributes}>\n${items.slice(0, count).map(source).join('\n')}\n</${node.tag}>`,
    tail: `<${node.tag}${tailAttributes}>\n${items.slice(count).map(source).join('\n')}\n</${node.tag}>`,
  };
}

function splitTable(node: HtmlElement, source: SourceOf, room: number, pageIsEmpty: boolean): Split | undefined {
  const head = elementChildren(node).find((child) => child.tag === 'thead');
  const body = elementChildren(node).find((child) => child.tag === 'tbody');
  if (!body) return undefined;
  const rows = tableRows(body);
  const columns = Math.max(1, ...tableRows(node).map((row) => elementChildren(row).length));
  const cellWidth = CONTENT_WIDTH / columns - TABLE.cellPaddingX;
  const headHeight = head ? tableRows(head).reduce((sum, row) => sum + tableRowHeight(row, cellWidth), 0) : 0;
  const count = countFitting(rows.map((row) => tableRowHeight(row, cellWidth)), room - headHeight, pageIsEmpty);
  if (count === 0) return undefined;
  const headHtml = head ? source(head) : '';
  const table = (part: HtmlElement[]) => `<table${node.attributes}>\n${headHtml}\n<tbody>\n${part.map(source).join('\n')}\n</tbody>\n</table>`;
  return { head: table(rows.slice(0, count)), tail: table(rows.slice(count)) };
}

function splitCode(node: HtmlElement, source: SourceOf, room: number, pageIsEmpty: boolean): Split | undefined {
  const caption = elementChildren(node).find((child) => child.tag === 'figcaption');
  const pre = elementChildren(node).find((child) => child.tag === 'pre');
  const code = pre ? elementChildren(pre)[0] : undefined;
  if (!pre || !code) return undefined;
  const lines = elementChildren(code).filter((child) => hasClass(child, 'line'));
  const fixed = CODE.border + CODE.padding + (caption ? CODE.titleHeight : 0);
  const count = countFitting(lines.map(() => CODE.size * CODE.lineHeight), room - fixed, pageIsEmpty);
  if (count === 0 || lineCount(pre) < 2) return undefined;
  const captionHtml = caption ? source(caption) : '';
  const figure = (part: HtmlElement[]) =>
    `<figure${node.attributes}>${captionHtml}<pre${pre.attributes}><code${code.attributes}>${part.map(source).join('\n')}</code></pre></figure>`;
  return { head: figure(lines.slice(0, count)), tail: figure(lines.slice(count)) };
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
