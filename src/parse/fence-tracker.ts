import { closesCodeFence, readCodeFence } from '../shared/code-fence.ts';

/** The code fence a line opens, if any. */
export interface OpenFence {
  marker: string;
  info: string;
  line: number;
}

/**
 * Follows CommonMark code fences line by line, so that block syntax (`:::`, `. . .`, headings)
 * inside a fenced code block is left alone.
 */
export class FenceTracker {
  open: OpenFence | undefined;

  /** Feeds one line; returns true when the line belongs to a code fence (its opening and closing lines included). */
  feed(line: string, lineNumber: number): boolean {
    if (this.open) {
      if (closesCodeFence(line, this.open.marker)) this.open = undefined;
      return true;
    }
    const fence = readCodeFence(line);
    if (!fence) return false;
    this.open = { ...fence, line: lineNumber };
    return true;
  }
}

/**
 * Answers "is the fence open at this line ever closed?" for one page, looking ahead at most once per
 * line and marker: the scanner asks in page order, so each marker's answer only moves forward.
 */
export class FenceLookahead {
  readonly #next = new Map<string, number>();

  constructor(private readonly lines: readonly string[]) {}

  /** Whether a line after index `from` (0-based) closes a fence opened with `marker`. */
  closesAfter(from: number, marker: string): boolean {
    let at = this.#next.get(marker) ?? -1;
    if (at <= from) {
      at = from + 1;
      while (at < this.lines.length && !closesCodeFence(this.lines[at] ?? '', marker)) at++;
      this.#next.set(marker, at);
    }
    return at < this.lines.length;
  }
}
