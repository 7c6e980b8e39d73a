import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DevProblem } from '../protocol/hot-update.ts';

/** A deck's diagnostics for the dev server's panel: one line each, without the code frame (the terminal has it). */
export function devProblemsOf(diagnostics: readonly Diagnostic[]): DevProblem[] {
  return diagnostics.map((d) => ({ severity: d.severity, text: formatDiagnostic({ ...d, hint: undefined }, '').split('\n')[0] ?? '' }));
}
