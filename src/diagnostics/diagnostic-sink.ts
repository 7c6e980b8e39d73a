import type { Diagnostic, SourceRange } from '../model/diagnostic.ts';
import { MESSAGES, type DiagnosticCode, type MessageArgs } from './messages.ts';

/** More of one kind of problem than anyone reads; the rest are counted in one closing line. */
const MAX_PER_CODE = 100;

interface Template<A> {
  severity: Diagnostic['severity'];
  message: (a: A) => string;
  hint?: (a: A) => string;
}

/** A code whose message takes arguments needs them; one that takes none needs nothing. */
type ArgsParameter<C extends DiagnosticCode> = Record<string, never> extends MessageArgs<C> ? [args?: MessageArgs<C>] : [args: MessageArgs<C>];

/** Collects the diagnostics of one file, so every stage can report and carry on. */
export class DiagnosticSink {
  readonly #reported: Diagnostic[] = [];
  readonly #counts = new Map<string, number>();
  readonly #suppressed = new Map<string, { count: number; first: Diagnostic }>();

  constructor(readonly file: string) {}

  report<C extends DiagnosticCode>(code: C, range: SourceRange, ...[args = {} as MessageArgs<C>]: ArgsParameter<C>): void {
    const template = MESSAGES[code] as Template<MessageArgs<C>>;
    const diagnostic: Diagnostic = { code, severity: template.severity, message: template.message(args), file: this.file, range };
    if (template.hint) diagnostic.hint = template.hint(args);
    const count = (this.#counts.get(code) ?? 0) + 1;
    this.#counts.set(code, count);
    if (count <= MAX_PER_CODE) {
      this.#reported.push(diagnostic);
      return;
    }
    const suppressed = this.#suppressed.get(code);
    if (suppressed) suppressed.count++;
    else this.#suppressed.set(code, { count: 1, first: diagnostic });
  }

  /** Everything reported, with one line per kind that was cut short. */
  get diagnostics(): Diagnostic[] {
    const summaries = [...this.#suppressed].map(([code, { count, first }]): Diagnostic => ({
      ...first,
      message: `${count} more like this (${code}) are not listed`,
      hint: `fix the ones above first; the first of the unlisted ones is on line ${first.range.start.line}`,
    }));
    return [...this.#reported, ...summaries];
  }
}

/** A range on one line, from `column` for `length` characters (at least one). */
export function lineRange(line: number, column = 1, length = 1): SourceRange {
  return { start: { line, column }, end: { line, column: column + Math.max(length, 1) - 1 } };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
