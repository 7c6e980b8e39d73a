import { readCodeFence } from '../shared/code-fence.ts';
import { RE_SECTION_OPEN } from './container-lines.ts';
import { FenceLookahead, FenceTracker } from './fence-tracker.ts';

/**
 * Decides where a code fence opened inside a section and never closed there ends. In CommonMark a fence ends
 * with its container; a section's container is the `:::` before the next `::: section`, but teachers also
 * show that very pair as code ("close one slide, open the next"). The fence ends with its section at a `:::`
 * that closes no container of the fenced text, directly followed (blank lines aside) by `::: section`, when
 * keeping it open would not make sense:
 * - no later line closes it; or
 * - the line that would close it lies beyond that next section's end, so it would take a whole slide; or
 * - before that line, the next section holds a fence opener the fence's closing line would have matched
 *   but for its info string (```` ```js ````): the start of a code block of its own; or
 * - after that line, the rest of its section does not end cleanly: a fence opened there runs into a
 *   `:::` followed by `::: section` in turn, or into the end of the page (the closing line was an opener).
 * Each question looks at most to the end of the next section, and each section is asked about once or twice, so
 * a page is read in linear time.
 */
export class SectionFenceEnd {
  readonly #lookahead: FenceLookahead;
  /** For each line index, the index of the first `::: section` line at or after it (the page's length if none). */
  readonly #nextSection: Int32Array;

  constructor(private readonly lines: readonly string[]) {
    this.#lookahead = new FenceLookahead(lines);
    this.#nextSection = new Int32Array(lines.length + 1).fill(lines.length);
    for (let i = lines.length - 1; i >= 0; i--) this.#nextSection[i] = RE_SECTION_OPEN.test(lines[i] ?? '') ? i : (this.#nextSection[i + 1] ?? lines.length);
  }

  /** Whether the fence opened with `marker` (`indent` columns into list items) and still open at line index `at` (a `:::` that closes no container of the fenced text) ends there. */
  endsAt(at: number, marker: string, indent = 0): boolean {
    const opener = this.#sectionAfter(at);
    if (opener === -1) return false;
    const closer = this.#lookahead.closerAfter(at, marker, indent);
    if (closer === -1) return true;
    if (this.#section(opener + 1) < closer) return true;
    if (this.#opensOwnBlock(opener + 1, closer, marker)) return true;
    return !this.#endsCleanly(closer + 1);
  }

  /** Whether a later line closes the fence opened with `marker` (`indent` columns into list items), open at line index `at`. */
  closesAfter(at: number, marker: string, indent = 0): boolean {
    return this.#lookahead.closesAfter(at, marker, indent);
  }

  /** The index of the `::: section` line that follows line index `at` after blank lines only, or -1. */
  #sectionAfter(at: number): number {
    let next = at + 1;
    while (next < this.lines.length && (this.lines[next] ?? '').trim() === '') next++;
    return next < this.lines.length && this.#section(next) === next ? next : -1;
  }

  #section(from: number): number {
    return this.#nextSection[from] ?? this.lines.length;
  }

  /** Whether a line in [from, to) opens a fence the closing fence of `marker` would match, but for an info string. */
  #opensOwnBlock(from: number, to: number, marker: string): boolean {
    for (let i = from; i < to; i++) {
      const fence = readCodeFence(this.lines[i] ?? '');
      if (fence && fence.info !== '' && fence.marker[0] === marker[0] && fence.marker.length >= marker.length) return true;
    }
    return false;
  }

  /** Whether the text from line index `from` reaches the next `::: section` (or the page's end) outside any fence, no fence running past a section's end. */
  #endsCleanly(from: number): boolean {
    const fences = new FenceTracker();
    for (let i = from; i < this.lines.length; i++) {
      const line = this.lines[i] ?? '';
      if (!fences.open && RE_SECTION_OPEN.test(line)) return true;
      if (fences.leavesFencedText(line) && this.#sectionAfter(i) !== -1) return false;
      fences.feed(line, i + 1);
    }
    return fences.open === undefined;
  }
}
