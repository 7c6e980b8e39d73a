/**
 * The teacher's drawings on a deck (`annotations/<deck>.json`, beside `slides/`), format version 1.
 * Coordinates are the slide's own 1280×720 pixels, so a stroke lands on the same spot at any window size,
 * in the speaker view, on a follower's screen and in print. See docs in README ("Ink").
 */
export interface AnnotationsFile {
  format: typeof ANNOTATIONS_FORMAT;
  version: typeof ANNOTATIONS_VERSION;
  /** Strokes per slide, by the slide's id (its anchor, `#/docker-vs-vm`), in drawing order. */
  slides: Record<string, InkStroke[]>;
}

export const ANNOTATIONS_FORMAT = 'lesdia-annotations';
export const ANNOTATIONS_VERSION = 1;

export type InkTool = 'pen' | 'highlighter';
/** Colours that read on a washed-out projector; `black` is the theme's text colour (white on a dark deck). */
export type InkColor = 'red' | 'blue' | 'green' | 'black';
export const INK_COLORS: readonly InkColor[] = ['red', 'blue', 'green', 'black'];

export interface InkStroke {
  /** Unique within its slide: short random letters and digits. */
  id: string;
  /** The build step from which the stroke shows: 0 before any fragment, N after N steps. */
  step: number;
  tool: InkTool;
  color: InkColor;
  /** Line width in slide pixels. */
  width: number;
  /** x, y, x, y … in slide pixels, whole numbers. */
  points: number[];
}

/** A change to the drawings, as the deck sends it to whoever keeps or shows them (checked by protocol/ink.ts). */
export type InkChange =
  | { type: 'add'; slide: string; stroke: InkStroke }
  | { type: 'remove'; slide: string; ids: string[] }
  /** A stroke still being drawn (followers see it grow); never stored. */
  | { type: 'draft'; slide: string; stroke: InkStroke };

/** Bounds that keep a file, a message and the page that shows them small. */
export const INK_LIMITS = {
  fileBytes: 4 * 1024 * 1024,
  opBytes: 64 * 1024,
  strokesPerSlide: 500,
  slides: 2000,
  numbersPerStroke: 8000,
  maxWidth: 64,
  /** Points may lie a little outside the slide (a stroke that runs off the edge). */
  margin: 200,
} as const;
