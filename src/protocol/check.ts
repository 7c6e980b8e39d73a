import type { RevealApi } from 'reveal.js';
import { integer, list, object, oneOf, text, type Checked } from './validate.ts';

export const FINDING_KINDS = ['overflow', 'text-too-small', 'code-clipped', 'broken-link', 'low-contrast', 'no-notes'] as const;

/** What `lesdia check`'s page inspection reports from inside the deck, at the markdown line of its block. */
export const pageFinding = object({
  kind: oneOf(FINDING_KINDS),
  /** Horizontal slide index, from 0. */
  slide: integer(0, 1_000_000),
  /** Build step, 0 before the first fragment. */
  step: integer(0, 1_000_000),
  /** `data-line` of the nearest marked block, or the slide's source line; 0 when unknown. */
  line: integer(0, 100_000_000),
  detail: text(2_000),
});
export type PageFinding = Checked<typeof pageFinding>;

/** The inspection's answer as a whole. */
export const pageFindings = list(pageFinding, 1_000_000);

/** What the inspection asks of the page. */
export interface InspectOptions {
  /** Smallest text allowed, in CSS pixels on this screen (24 at 1920×1080, scaled for others). */
  floorPx: number;
}

declare global {
  interface Window {
    /** The deck's reveal.js API (as reveal's classic build offers it), for the console and lesdia's own tools. */
    Reveal?: RevealApi;
  }
}
