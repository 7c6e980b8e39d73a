import { closesCodeFence, readCodeFence } from '../shared/code-fence.ts';
import { RE_CONTAINER_CLOSE, RE_CONTAINER_OPEN } from './container-lines.ts';
import { MarkdownContainers } from './markdown-containers.ts';

/** The code fence a line opens, if any. */
export interface OpenFence {
  marker: string;
  info: string;
  line: number;
  /** The column of its first backtick or tilde (after any `>` and list marker before it). */
  column: number;
  /** How many block quotes and list items hold the fence: its lines carry their prefix, and it ends with them. */
  containers: number;
  /** The columns of indent the list items holding it give its lines, when it lives in list items only; else 0. */
  indent: number;
}

/**
 * Follows CommonMark code fences line by line, so that block syntax (`:::`, `. . .`, headings)
 * inside a fenced code block is left alone; also fences inside list items and block quotes, which end
 * with their container as in CommonMark.
 */
export class FenceTracker {
  open: OpenFence | undefined;
  readonly #containers = new MarkdownContainers();
  /**
   * How deep the fenced text itself nests `:::` containers (a slide shown as code opens and closes its own):
   * a `:::` met at depth 0 closes nothing of the code's, so it may be the end of the fence's container.
   */
  depth = 0;
  /** The fence the last line fed ended by ending the list item or quote that held it (CommonMark allows it; it is rarely meant). */
  endedWithContainer: OpenFence | undefined;

  /** Feeds one line; returns true when the line belongs to a code fence (its opening and closing lines included). */
  feed(line: string, lineNumber: number): boolean {
    this.endedWithContainer = undefined;
    if (this.open) {
      const { matched, rest } = this.#containers.match(line, this.open.containers);
      if (matched === this.open.containers) {
        if (closesCodeFence(rest, this.open.marker)) this.open = undefined;
        else if (RE_CONTAINER_CLOSE.test(rest)) this.depth = Math.max(this.depth - 1, 0);
        else if (RE_CONTAINER_OPEN.test(rest)) this.depth++;
        return true;
      }
      // The line ends a list item or quote holding the fence, so it ends the fence too and is read afresh.
      this.endedWithContainer = this.open;
      this.open = undefined;
      this.#containers.close(matched);
    }
    const rest = this.#containers.feed(line);
    const fence = readCodeFence(rest);
    if (!fence) return false;
    const containers = this.#containers.depth;
    this.open = { ...fence, line: lineNumber, column: line.indexOf(fence.marker) + 1, containers, indent: this.#containers.itemIndent() };
    this.depth = 0;
    return true;
  }

  /** Whether `line`, fed next, continues the list items and quotes of the open fence (a line that does not ends it). */
  continues(line: string): boolean {
    return this.open !== undefined && this.#containers.match(line, this.open.containers).matched === this.open.containers;
  }

  /** Forgets the list items and quotes met so far: a line of lesdia's container syntax ends the markdown they live in. */
  endContainers(): void {
    this.#containers.reset();
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

  /** The index (0-based) of the first line after index `from` that closes a fence opened with `marker` (`indent` columns into list items), or -1. */
  closerAfter(from: number, marker: string, indent = 0): number {
    const key = `${indent} ${marker}`;
    let at = this.#next.get(key) ?? -1;
    if (at <= from) {
      at = from + 1;
      while (at < this.lines.length && !closesCodeFence(withoutIndent(this.lines[at] ?? '', indent), marker)) at++;
      this.#next.set(key, at);
    }
    return at < this.lines.length ? at : -1;
  }

  /** Whether a line after index `from` (0-based) closes a fence opened with `marker` (`indent` columns into list items). */
  closesAfter(from: number, marker: string, indent = 0): boolean {
    return this.closerAfter(from, marker, indent) !== -1;
  }
}

/** `line` without up to `indent` leading spaces. */
function withoutIndent(line: string, indent: number): string {
  let n = 0;
  while (n < indent && line[n] === ' ') n++;
  return line.slice(n);
}
