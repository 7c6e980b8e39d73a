/** A 1-based position in a source file. */
export interface Position {
  line: number;
  column: number;
}

/** A span of source text; `end` is inclusive of the last character's column. */
export interface SourceRange {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** A user mistake found in a course page: data, never a thrown exception. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  range: SourceRange;
  hint?: string;
}
