import type { Diagnostic, SourceRange } from '../model/diagnostic.ts';
import { MESSAGES, type DiagnosticCode } from './messages.ts';

/** Collects the diagnostics of one file, so every stage can report and carry on. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  report(code: DiagnosticCode, range: SourceRange, args: Record<string, string> = {}): void {
    const template: { severity: Diagnostic['severity']; message: (a: Record<string, string>) => string; hint?: (a: Record<string, string>) => string } = MESSAGES[code];
    const diagnostic: Diagnostic = {
      code,
      severity: template.severity,
      message: template.message(args),
      file: this.file,
      range,
    };
    if (template.hint) diagnostic.hint = template.hint(args);
    this.diagnostics.push(diagnostic);
  }
}

/** A range on one line, from `column` for `length` characters (at least one). */
export function lineRange(line: number, column = 1, length = 1): SourceRange {
  return { start: { line, column }, end: { line, column: column + Math.max(length, 1) - 1 } };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
