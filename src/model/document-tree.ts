import type { Diagram } from './diagram.ts';
import type { SourceRange } from './diagnostic.ts';
import type { QuestionNode } from './question.ts';

/** A run of markdown lines between containers. `startLine` is the 1-based line of its first line. */
export interface MarkdownNode {
  kind: 'markdown';
  text: string;
  startLine: number;
}

/** A `. . .` line: what follows it in the same container is the next build step. */
export interface PauseNode {
  kind: 'pause';
  line: number;
}

/** A `::: name` … `:::` block. */
export interface ContainerNode {
  kind: 'container';
  /** Lower-case name: `section`, `notes`, `columns`, or any other. */
  name: string;
  /** Extra classes, id and key=value pairs from the pandoc `{.name #id key=value}` form. */
  attributes: ContainerAttributes;
  /** Text after the name on the opening line (markdown-it-container titles such as `::: tip Let op`). */
  label: string;
  /** Number of colons in the opening fence. */
  fenceLength: number;
  /** From the opening fence to the closing fence (or the end of the file when unclosed). */
  range: SourceRange;
  /** Line of the first child line. */
  bodyStart: number;
  children: BlockNode[];
}

export interface ContainerAttributes {
  id?: string;
  classes: string[];
  pairs: Record<string, string>;
}

/** `{% video "ID" %}` alone on its line: a card that links out to the video. */
export interface VideoNode {
  kind: 'video';
  href: string;
  range: SourceRange;
}

/** `::: stack` or `::: flow`, read into a diagram; `diagram` is absent when nothing in it could be drawn. */
export interface DiagramNode {
  kind: 'diagram';
  name: 'stack' | 'flow';
  diagram?: Diagram;
  /** Containers written inside the diagram block (its `::: notes`), kept and rendered after it. */
  children: BlockNode[];
  range: SourceRange;
}

export type BlockNode = MarkdownNode | PauseNode | ContainerNode | QuestionNode | VideoNode | DiagramNode;

/** A slide before rendering: the nodes it shows and where it came from. */
export interface SectionNode {
  kind: 'title' | 'content';
  children: BlockNode[];
  range: SourceRange;
}

/** Front matter after parsing: known fields typed, the rest kept for `{{ variables }}`. */
export interface DeckMeta {
  title: string;
  date?: string;
  author?: string;
  lang: string;
  theme: 'light' | 'dark';
  transition?: string;
  incremental: boolean;
  data: Record<string, unknown>;
}

/** The parse stage's result: metadata and one SectionNode per slide. */
export interface DocumentTree {
  meta: DeckMeta;
  sections: SectionNode[];
}
