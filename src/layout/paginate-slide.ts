import type { Block, PlacedBlock, TextBlock } from '../model/block.ts';
import { blockPaging } from './cut-block.ts';
import { fillPages, type TooTallBlock } from './fill-pages.ts';
import { measureBlock } from './measure-block.ts';
import { CONTENT_HEIGHT, CONTENT_WIDTH } from './theme-metrics.ts';


export interface Pagination {
  /** The slide's title heading, when its first block is one: repeated on every follow-up. */
  heading?: TextBlock;
  /** The blocks of each page; the first page is the slide itself, the others its continuations. */
  pages: PlacedBlock[][];
  tooTall: TooTallBlock[];
}

/**
 * Splits a slide that does not fit into follow-up slides, between blocks, and inside lists (between items),
 * tables (between rows, header repeated), code blocks without line steps (between lines), and quotes,
 * callouts and list items taller than a slide (between their children, recursively). Never inside a table
 * row, a line of code, raw HTML, a diagram or a question. Text is never made smaller to fit.
 */
export function paginateSlide(blocks: readonly Block[]): Pagination {
  const first = blocks[0];
  const heading = first?.kind === 'text' && first.role === 'heading' ? first : undefined;
  const room = CONTENT_HEIGHT - (heading ? measureBlock(heading, CONTENT_WIDTH, true).height : 0);
  const placed = blocks.slice(heading ? 1 : 0).map((block): PlacedBlock => ({ block }));
  const { pages, tooTall } = fillPages(placed, blockPaging(CONTENT_WIDTH), { room, freshRoom: room, pageIsEmpty: true });
  return { ...(heading ? { heading } : {}), pages: pages.filter((page, i) => i === 0 || page.length > 0), tooTall };
}
