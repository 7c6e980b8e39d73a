import { closesCodeFence, readCodeFence } from '../shared/code-fence.ts';
import { RE_CONTAINER_CLOSE, RE_CONTAINER_OPEN } from './container-lines.ts';

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
  /**
   * How deep the fenced text itself nests `:::` containers (a slide shown as code opens and closes its own):
   * a `:::` met at depth 0 closes nothing of the code's, so it may be the end of the fence's container.
   */
  depth = 0;

  /** Feeds one line; returns true when the line belongs to a code fence (its opening and closing lines included). */
  feed(line: string, lineNumber: number): boolean {
    if (this.open) {
      if (closesCodeFence(line, this.open.marker)) this.open = undefined;
      else if (RE_CONTAINER_CLOSE.test(line)) this.depth = Math.max(this.depth - 1, 0);
      else if (RE_CONTAINER_OPEN.test(line)) this.depth++;
      return true;
    }
    const fence = readCodeFence(line);
    if (!fence) return false;
    this.open = { ...fence, line: lineNumber };
    this.depth = 0;
    return true;
  }

  /** Whether `line`, fed next, is a `:::` inside the open fence that closes no container of the fenced text. */
  leavesFencedText(line: string): boolean {
    return this.open !== undefined && this.depth === 0 && RE_CONTAINER_CLOSE.test(line);
  }
}

/**
 * Answers "which later line closes the fence open at this line?" for one page, looking ahead at most once
 * per line and marker: the scanner asks in page order, so each marker's answer only moves forward.
 */
export class FenceLookahead {
  readonly #next = new Map<string, number>();

  constructor(private readonly lines: readonly string[]) {}

  /** The index (0-based) of the first line after index `from` that closes a fence opened with `marker`, or -1. */
  closerAfter(from: number, marker: string): number {
    let at = this.#next.get(marker) ?? -1;
    if (at <= from) {
      at = from + 1;
      while (at < this.lines.length && !closesCodeFence(this.lines[at] ?? '', marker)) at++;
      this.#next.set(marker, at);
    }
    return at < this.lines.length ? at : -1;
  }

  /** Whether a line after index `from` (0-based) closes a fence opened with `marker`. */
  closesAfter(from: number, marker: string): boolean {
    return this.closerAfter(from, marker) !== -1;
  }
}
