import type { SourceRange } from './diagnostic.ts';

/** When a part of a diagram appears and, optionally, when it is highlighted (0: from the start). */
export interface DiagramTiming {
  step: number;
  highlight?: number;
}

/** One layer of a stack: one cell spans the stack's width, several cells sit side by side (Guest OS ×3). */
export interface StackLayer extends DiagramTiming {
  cells: string[];
  line: number;
  /** Bottom row (1 = lowest) and how many rows it spans, after aligning the stacks. */
  row: number;
  rowSpan: number;
}

export interface Stack {
  title: string;
  /** Bottom-up. */
  layers: StackLayer[];
  note?: string;
  noteStep: number;
}

/** Two or more stacks side by side, built bottom-up: the VM-versus-container picture. */
export interface StackDiagram {
  kind: 'stack';
  stacks: Stack[];
  rowCount: number;
  range: SourceRange;
}

export interface FlowBox extends DiagramTiming {
  id: string;
  label: string;
  sublabel?: string;
  column: number;
  row: number;
}

export type ArrowHeads = 'end' | 'start' | 'both' | 'none';

export interface FlowArrow extends DiagramTiming {
  from: string;
  to: string;
  heads: ArrowHeads;
  label?: string;
  line: number;
}

/** Named boxes on a grid and labelled arrows between them: the Docker ecosystem map. */
export interface FlowDiagram {
  kind: 'flow';
  boxes: FlowBox[];
  arrows: FlowArrow[];
  columns: number;
  rows: number;
  range: SourceRange;
}

export type Diagram = StackDiagram | FlowDiagram;
