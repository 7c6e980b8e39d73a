import { formatCodeFrame, formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/** The shape Vite's error overlay shows: message, file:line:column and a code frame. */
export interface OverlayError {
  message: string;
  stack: string;
  id: string;
  frame: string;
  plugin: string;
  loc: { file: string; line: number; column: number };
}

/** The first error of a deck for Vite's overlay; the message lists every other problem below it. */
export function toOverlayError(diagnostics: readonly Diagnostic[], file: string, sourceText: string): OverlayError | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return undefined;
  const others = errors.slice(1).map((d) => formatDiagnostic(d, sourceText));
  const message = [`${first.code}: ${first.message}`, first.hint ? `hint: ${first.hint}` : '', ...others].filter(Boolean).join('\n\n');
  return {
    message,
    stack: '',
    id: file,
    frame: formatCodeFrame(first, sourceText),
    plugin: 'lesdia',
    loc: { file, line: first.range.start.line, column: first.range.start.column },
  };
}
