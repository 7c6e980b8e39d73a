import type { Diagnostic } from '../model/diagnostic.ts';

const CONTEXT_LINES = 1;

/**
 * Formats a diagnostic for a terminal or Vite's overlay:
 * `slides/x.md:12:1 error unclosed-container: …`, a code frame, and the hint.
 */
export function formatDiagnostic(diagnostic: Diagnostic, sourceText: string): string {
  const { start } = diagnostic.range;
  const head = `${diagnostic.file}:${start.line}:${start.column} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
  const frame = formatCodeFrame(diagnostic, sourceText);
  const hint = diagnostic.hint ? `\n  hint: ${diagnostic.hint}` : '';
  return `${head}${frame ? `\n${frame}` : ''}${hint}`;
}

/** The lines around the diagnostic with a `>` marker and carets under the range. */
export function formatCodeFrame(diagnostic: Diagnostic, sourceText: string): string {
  const lines = sourceText.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { start, end } = diagnostic.range;
  if (start.line < 1 || start.line > lines.length) return '';
  const first = Math.max(1, start.line - CONTEXT_LINES);
  const last = Math.min(lines.length, start.line + CONTEXT_LINES);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = truncate(lines[n - 1] ?? '');
    const marker = n === start.line ? '>' : ' ';
    out.push(` ${marker} ${String(n).padStart(width)} | ${text}`.trimEnd());
    if (n === start.line) {
      const caretEnd = end.line === start.line ? end.column : Math.max(start.column, text.length);
      const carets = '^'.repeat(Math.max(1, Math.min(caretEnd, text.length + 1) - start.column + 1));
      out.push(`   ${' '.repeat(width)} | ${' '.repeat(start.column - 1)}${carets}`);
    }
  }
  return out.join('\n');
}

function truncate(line: string): string {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** `3 errors, 1 warning` */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
