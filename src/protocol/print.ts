import { boolean, integer, list, literal, object, oneOf, text, union, type Checked } from './validate.ts';

/** What the PDF exporter asks the print view for: `?view=print&layout=…`. */
export const PRINT_LAYOUTS = ['slides', 'steps', 'handout', 'handout-3'] as const;
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];
export const printLayout = oneOf(PRINT_LAYOUTS);

/** The layout a print view URL asks for; `slides` when absent or unknown. */
export function printLayoutOf(params: URLSearchParams): PrintLayout {
  const asked = params.get('layout');
  return PRINT_LAYOUTS.find((layout) => layout === asked) ?? 'slides';
}

/**
 * The function the exporter installs in the print view (a DevTools binding): the page reports its progress
 * and its result through it as JSON text, typed here and parsed and validated in Node, instead of console
 * lines and a window global.
 */
export const PRINT_REPORT = 'lesdiaPrintReport';

/** One printed page (slides and steps) or hand-out item, for the exporter's bookmarks. */
export const printedSlide = object({
  /** Index of the slide in the deck, from 0. */
  slide: integer(0, 1_000_000),
  title: text(2_000),
  /** A follow-up page: a continuation slide or a later build step. */
  continuation: boolean,
  id: text(500),
});
export type PrintedSlide = Checked<typeof printedSlide>;

/** So many slides of the deck are laid out for print. */
export const printProgress = object({ type: literal('progress'), done: integer(0, 1_000_000), total: integer(0, 1_000_000) });
export type PrintProgress = Checked<typeof printProgress>;

/** The book is laid out, fonts and images loaded: print now. */
export const printReady = object({ type: literal('ready'), layout: printLayout, pages: list(printedSlide, 1_000_000) });
export type PrintReady = Checked<typeof printReady>;

/** Messages from the print view to the exporter. */
export const printMessage = union({ progress: printProgress, ready: printReady });
export type PrintMessage = Checked<typeof printMessage>;

declare global {
  interface Window {
    /** Present only while the PDF exporter drives the page. */
    [PRINT_REPORT]?: (json: string) => void;
  }
}
