import type { Logger } from 'vite';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/** Prints a deck's diagnostics in the dev server's terminal when they change: warnings too, not just errors. */
export type DiagnosticLog = (logger: Logger, file: string, diagnostics: readonly Diagnostic[], sourceText: string) => void;

export function createDiagnosticLog(): DiagnosticLog {
  const printed = new Map<string, string>();
  return (logger, file, diagnostics, sourceText) => {
    const text = diagnostics.map((d) => formatDiagnostic(d, sourceText)).join('\n\n');
    const before = printed.get(file);
    if (before === text || (before === undefined && text === '')) return;
    printed.set(file, text);
    if (text === '') logger.info(`lesdia: no problems left in ${file}`, { timestamp: true });
    else if (diagnostics.some((d) => d.severity === 'error')) logger.error(text, { timestamp: true });
    else logger.warn(text, { timestamp: true });
  };
}

/** An internal error for the terminal: one plain line, or its stack under `LESDIA_DEBUG=1`. */
export function describeError(error: unknown): string {
  if (process.env.LESDIA_DEBUG === '1' && error instanceof Error && error.stack) return error.stack;
  const message = error instanceof Error ? error.message : String(error);
  return `lesdia: ${message} (LESDIA_DEBUG=1 shows where it happened)`;
}
