import type { DeckMeta } from './document-tree.ts';
import type { SourceRange } from './diagnostic.ts';

/** One rendered slide. */
export interface Slide {
  kind: 'title' | 'content';
  /** Plain text of the slide's first heading (the deck title on the title slide). */
  title: string;
  /** Inner HTML of the slide's `<section>`, notes excluded. */
  html: string;
  /** Speaker notes as HTML; empty when the slide has none. */
  notesHtml: string;
  /** Where the slide stands in the markdown. */
  source: SourceRange;
  /** 0 for a slide as written; 1, 2 … for the follow-up slides of a section too long for one. */
  continuation: number;
}

/** A file the deck shows (an image), copied beside the deck page. */
export interface DeckAsset {
  /** Absolute path on disk. */
  file: string;
  /** URL relative to the deck page, such as `media/vm_docker.png`. */
  url: string;
}

/** The render stage's result. */
export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
  assets: DeckAsset[];
  /** Some slide shows a formula: the page needs KaTeX's stylesheet and fonts. */
  usesMath: boolean;
}
