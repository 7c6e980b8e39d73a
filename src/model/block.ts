import type { SourceRange } from './diagnostic.ts';

/**
 * Typed blocks: what render hands to layout. Each block carries its HTML (for emit) beside the parts the
 * layout model measures (text, list items, table rows, code lines, a diagram's grid), so no stage reads
 * back HTML another stage wrote. `line` is the markdown line the block starts on.
 */

/** The bundled text faces the layout model has metrics for. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'mono';

/** Inline content as measured: styled text, forced breaks, and things of their own size in the text. */
export type Inline =
  | { kind: 'text'; text: string; face: FontFace; /** Inline code: the code face, smaller, padded. */ code?: boolean; /** A formula's glyphs, set at KaTeX's 1.21em: its tallest row in em of the text. */ mathHeightEm?: number }
  | { kind: 'break' }
  | { kind: 'embed'; embed: Embed };

/** Something inline that takes its own height: an image, a missing image's frame, a video card, math. */
export type Embed =
  | { kind: 'image'; width?: number; height?: number }
  | { kind: 'image-missing'; /** The frame's text: its label and the alt text. */ text: string }
  | { kind: 'video' }
  | { kind: 'measured'; height: number }
  /** A displayed formula inside a paragraph: its height in em of the text, KaTeX's margins not included. */
  | { kind: 'math'; heightEm: number };

interface BlockBase {
  line?: number;
  /** The block's complete HTML, without a trailing newline. */
  html: string;
  /**
   * Its HTML holds raw HTML from the page (a marked `html` token, block or inline, here or in a child), which
   * may not close what it opens: only such HTML is balanced by parse5 on its slide. Everything else lesdia
   * writes itself, balanced by construction.
   */
  rawHtml?: true;
}

/** A paragraph, a heading (its HTML in parts, so a continuation can extend its title) or loose inline content. */
export interface TextBlock extends BlockBase {
  kind: 'text';
  /** `inline`: text outside a paragraph (a tight list item's, a bare image), without a paragraph's margin. */
  role: 'paragraph' | 'heading' | 'byline' | 'inline';
  /** 1–6 for headings. */
  level?: number;
  inline: Inline[];
  /** Headings: the opening tag, the inner HTML and the closing tag. */
  parts?: { open: string; inner: string; close: string };
}

export interface ListItem {
  html: string;
  blocks: Block[];
}

export interface ListBlock extends BlockBase {
  kind: 'list';
  tag: 'ul' | 'ol';
  /** The opening tag's attributes, `start` left out. */
  attributes: string;
  start: number;
  items: ListItem[];
}

export interface TableRow {
  html: string;
  cells: { header: boolean; inline: Inline[] }[];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  /** `<table …>`. */
  open: string;
  /** The `<thead>` element, repeated on a continuation; empty without one. */
  headHtml: string;
  head: TableRow[];
  rows: TableRow[];
}

export interface CodeLine {
  html: string;
  /** The line as written (what copy copies). */
  text: string;
}

export interface CodeBlock extends BlockBase {
  kind: 'code';
  /** `<figure …>` (or empty for a bare `<pre>` in raw HTML), the file tab (or empty), `<pre …><code>`. */
  open: string;
  caption: string;
  preOpen: string;
  lines: CodeLine[];
  /** What follows `</code></pre>`: the line-step markers and `</figure>`. */
  close: string;
  /** `{1|2-3}` line steps: such a block is never split. */
  stepped: boolean;
  /** A code block lesdia drew (file tab, border); false for a bare `<pre>` of raw HTML. */
  framed: boolean;
}

export interface ColumnBasis {
  value: number;
  unit: '%' | 'px' | 'em';
}

/** Blocks inside one element: a quote, a callout, columns, a build step or any other `<div>`. */
export interface GroupBlock extends BlockBase {
  kind: 'group';
  role: 'quote' | 'callout' | 'columns' | 'column' | 'plain';
  /** A column's own width (Quarto's `width="25%"`); it shrinks with the others when they do not fit. */
  basis?: ColumnBasis;
  /** The opening and closing tags around the children's HTML (empty for raw HTML groups). */
  open: string;
  close: string;
  children: Block[];
  /** Its first child is the callout's title, repeated when the callout continues on a follow-up slide. */
  titled?: boolean;
}

export interface StackDiagramBlock extends BlockBase {
  kind: 'stack';
  /** Rows of layers, after aligning the stacks. */
  rows: number;
  hasNotes: boolean;
}

export interface FlowDiagramBlock extends BlockBase {
  kind: 'flow';
  /** The drawing's size in its own units; it scales to the slide's width. */
  width: number;
  height: number;
}

export interface RuleBlock extends BlockBase {
  kind: 'rule';
}

/** Measured by whoever made it (a display formula): its height on the slide in CSS px at 1280×720. */
export interface MeasuredBlock extends BlockBase {
  kind: 'measured';
  height: number;
}

/** A displayed formula on lines of its own: KaTeX's height for it, in em of the text. */
export interface MathBlock extends BlockBase {
  kind: 'math';
  heightEm: number;
}

/** Raw HTML from the page, with the blocks it reads as for measuring. */
export interface HtmlBlock extends BlockBase {
  kind: 'html';
  children: Block[];
  /** Elements it leaves open for the blocks after it (`<div class="tip">` alone), and end tags for earlier ones. */
  opened: number;
  closed: number;
  /** What it opens is drawn as a callout. */
  callout: boolean;
}

export type Block = TextBlock | ListBlock | TableBlock | CodeBlock | GroupBlock | StackDiagramBlock | FlowDiagramBlock | RuleBlock | MeasuredBlock | MathBlock | HtmlBlock;

/** One slide as render hands it to layout. */
export interface RenderedSlide {
  kind: 'title' | 'content';
  /** Plain text of the slide's first heading (the deck title on the title slide). */
  title: string;
  blocks: Block[];
  notes: Block[];
  source: SourceRange;
}

/**
 * A block placed on a page whole, or a run of its items, rows or lines (`from` inclusive, `to` exclusive),
 * or a quote or callout cut between its children.
 */
export interface PlacedBlock {
  block: Block;
  part?: { from: number; to: number };
  /** A quote or callout cut between its children: the ones on this page, each whole or itself cut. */
  children?: PlacedBlock[];
  /** A list whose first or last item is cut: for each item from..to, the children on this page (undefined: the whole item). */
  items?: (PlacedBlock[] | undefined)[];
  /** The piece goes on from the page before: a container re-opened, or a list whose first item began there. */
  resumed?: boolean;
}

/** One slide as layout hands it to emit: the slide as written (continuation 0) or one of its follow-ups. */
export interface LaidOutSlide {
  kind: 'title' | 'content';
  title: string;
  /** The title heading, repeated on a follow-up with the "(vervolg)" mark. */
  heading?: TextBlock;
  blocks: PlacedBlock[];
  /** Speaker notes, on the first part only. */
  notes: Block[];
  source: SourceRange;
  continuation: number;
}
