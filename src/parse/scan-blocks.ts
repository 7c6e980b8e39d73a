import { type DiagnosticSink, lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { ContainerNode } from '../model/document-tree.ts';
import { type ClosedInner, type ContainerOpener, createContainer, emptyContainer, reportUnclosed } from './container-node.ts';
import { RE_CONTAINER_CLOSE, RE_CONTAINER_OPEN, RE_SECTION_OPEN } from './container-lines.ts';
import { FenceTracker, type OpenFence } from './fence-tracker.ts';
import { closesCodeFence } from '../shared/code-fence.ts';
import { SectionFenceEnd } from './section-fence-end.ts';

/** A code block in markdown (```` ```markdown ````, ```` ```md title="x" ````): `:::` in it is shown on purpose. */
const RE_MARKDOWN_INFO = /^\{?(?:markdown|md)\b/i;
const RE_PAUSE = /^ {0,3}\. \. \.[ \t]*$/;

/** Deeper than any course page needs; beyond it an opener is kept as text, so nothing recurses without bound. */
export const MAX_NESTING = 32;

/**
 * Builds the container tree of a page (markdown-it-container and pandoc fenced divs) in one pass:
 * `::: name` opens, a line of colons closes, `. . .` pauses; all of it ignored inside code fences.
 * Unclosed containers are reported at their opening line and closed at the end of the file, so nothing is lost.
 */
export function scanBlocks(text: string, sink: DiagnosticSink): ContainerNode {
  const lines = text.split('\n');
  const scanner = new BlockScanner(lines, sink);
  lines.forEach((line, i) => scanner.feed(line, i + 1));
  return scanner.finish();
}

class BlockScanner {
  readonly root = emptyContainer('root', '', 0, 1, 0);
  readonly #stack: ContainerNode[] = [this.root];
  /** Containers opened in pandoc's form `::: {.name}`: inside them any closing fence closes the innermost. */
  readonly #pandoc = new Set<ContainerNode>();
  readonly #fences = new FenceTracker();
  readonly #fenceEnd: SectionFenceEnd;
  /** Whether the open code fence began inside a container (then it ends where that container does). */
  #fenceInContainer = false;
  readonly #warnedFences = new Set<number>();
  /** Lines opening a fence that another warning already explains (a closing line without the item's indent). */
  readonly #explainedFences = new Set<number>();
  #buffer: string[] = [];
  #bufferStart = 1;
  #reportedTooDeep = false;
  /** The last container closed inside each open one: when a section is never closed, the `:::` meant for it usually closed an inner container that lacked its own. */
  readonly #lastClosed = new WeakMap<ContainerNode, ClosedInner>();

  constructor(private readonly lines: readonly string[], private readonly sink: DiagnosticSink) {
    this.#fenceEnd = new SectionFenceEnd(lines);
  }

  feed(line: string, lineNumber: number): void {
    if (this.#feedCode(line, lineNumber)) return this.#keep(line, lineNumber);
    const closing = RE_CONTAINER_CLOSE.exec(line);
    const opening = closing ? null : RE_CONTAINER_OPEN.exec(line);
    // Container syntax ends the markdown around it, and with it any list or quote a later fence could be in.
    if (closing || opening || RE_PAUSE.test(line)) this.#fences.endContainers();
    if (closing) return this.#close((closing[1] ?? '').length, line, lineNumber);
    if (opening && this.#stack.length > MAX_NESTING) {
      if (!this.#reportedTooDeep) this.sink.report('nesting-too-deep', lineRange(lineNumber, 1, line.trimEnd().length), { max: String(MAX_NESTING) });
      this.#reportedTooDeep = true;
    } else if (opening) {
      const [, indent = '', fence = '', nameOrAttributes = '', label = ''] = opening;
      return this.#open({ indent: indent.length, fence, nameOrAttributes, label }, line, lineNumber);
    } else if (RE_PAUSE.test(line)) {
      this.#flush(lineNumber + 1);
      this.#current().children.push({ kind: 'pause', line: lineNumber });
      return;
    }
    this.#keep(line, lineNumber);
  }

  finish(): ContainerNode {
    const { lines } = this;
    this.#flush(lines.length + 1);
    const open = this.#fences.open;
    if (open) this.#reportUnclosedFence(open, 'the end of the page');
    while (this.#stack.length > 1) {
      const container = this.#pop();
      reportUnclosed(container, this.sink);
      container.range.end = { line: lines.length, column: Math.max((lines[lines.length - 1] ?? '').length, 1) };
    }
    this.root.range.end = { line: lines.length, column: 1 };
    return this.root;
  }

  /** True when the line is code (a fence's opening, body or closing line). */
  #feedCode(line: string, lineNumber: number): boolean {
    const open = this.#fences.open;
    // As in CommonMark, where a fence ends with its container, a fence never closed inside a container
    // ends at the first closing line after it, instead of swallowing every later `:::`; one closed later
    // ends with its section when keeping it open would not make sense (see SectionFenceEnd).
    if (open && this.#fenceInContainer && this.#fences.continues(line) && this.#endsWithContainer(line, lineNumber - 1, open)) {
      this.#reportUnclosedFence(open, String(lineNumber));
      this.#fences.open = undefined;
      return false;
    }
    const isCode = this.#fences.feed(line, lineNumber);
    const ended = this.#fences.endedWithContainer;
    if (ended) this.#reportEndedWithContainer(ended, line, lineNumber);
    if (!isCode) return false;
    const now = this.#fences.open;
    if (now && now !== open) this.#fenceInContainer = this.#stack.length > 1;
    // Legal, but a `::: section` inside code almost always means the code block above lacks its end,
    // unless the block is markdown: then it shows slide syntax on purpose.
    if (open && now === open && !this.#warnedFences.has(now.line) && RE_SECTION_OPEN.test(line) && !RE_MARKDOWN_INFO.test(now.info)) {
      this.#warnedFences.add(now.line);
      this.sink.report('section-inside-code', lineRange(now.line, now.column, now.marker.length), { fence: now.marker, line: String(lineNumber) });
    }
    return true;
  }

  /**
   * A fence that ended because the list item or quote holding it did. When the line that ended them looks
   * like the fence's closing line, it was meant as one but lacks the item's indent or the quote's `>`: it
   * opens a new code block instead, which that one warning explains.
   */
  #reportEndedWithContainer(fence: OpenFence, line: string, lineNumber: number): void {
    const holder = (this.lines[fence.line - 1] ?? '').slice(0, fence.column - 1).includes('>') ? 'quote' : 'list item';
    if (!closesCodeFence(line.trimStart(), fence.marker)) return this.#reportUnclosedFence(fence, `line ${lineNumber - 1}, where its ${holder} ends`);
    this.#explainedFences.add(lineNumber);
    const column = line.length - line.trimStart().length + 1;
    this.sink.report('fence-close-outside-container', lineRange(lineNumber, column, line.trim().length), { fence: fence.marker, line: String(fence.line), holder, indent: String(fence.indent) });
  }

  #reportUnclosedFence(fence: OpenFence, end: string): void {
    if (this.#explainedFences.has(fence.line)) return;
    this.sink.report('unclosed-code-fence', lineRange(fence.line, fence.column, fence.marker.length), { fence: fence.marker, end });
  }

  #endsWithContainer(line: string, index: number, fence: OpenFence): boolean {
    if (!RE_CONTAINER_CLOSE.test(line)) return false;
    if (!this.#fenceEnd.closesAfter(index, fence.marker, fence.indent)) return true;
    return this.#fences.leavesFencedText(line) && this.#fenceEnd.endsAt(index, fence.marker, fence.indent);
  }

  #open(opener: ContainerOpener, line: string, lineNumber: number): void {
    this.#flush(lineNumber + 1);
    const container = createContainer(opener, lineNumber, line.length);
    if (container.name === 'section') this.#closeOpenSection(lineNumber - 1);
    if (opener.nameOrAttributes.startsWith('{')) this.#pandoc.add(container);
    this.#current().children.push(container);
    this.#stack.push(container);
  }

  #close(length: number, line: string, lineNumber: number): void {
    this.#flush(lineNumber + 1);
    const target = this.#closedBy(length);
    if (target === -1) {
      this.sink.report('stray-closing-fence', lineRange(lineNumber, 1, line.trimEnd().length));
      return;
    }
    while (this.#stack.length > target) {
      const container = this.#pop();
      if (this.#stack.length > target) reportUnclosed(container, this.sink);
      container.range.end = { line: lineNumber, column: Math.max(line.length, 1) };
      this.#lastClosed.set(this.#current(), { name: container.name, opened: container.range.start.line, closed: lineNumber });
    }
  }

  /**
   * The stack index of the container a closing fence of `length` colons closes, -1 when none is open.
   * Inside a pandoc div it is the innermost (pandoc and Quarto read any fence of three or more colons so);
   * otherwise the innermost one opened with exactly as many colons, so `::::` closes `:::: columns` even
   * when an inner `:::` was left open, and failing that the innermost.
   */
  #closedBy(length: number): number {
    const stack = this.#stack;
    if (stack.length <= 1) return -1;
    if (this.#pandoc.size > 0) return stack.length - 1;
    for (let i = stack.length - 1; i >= 1; i--) {
      if (stack[i]?.fenceLength === length) return i;
    }
    return stack.length - 1;
  }

  /**
   * Sections never nest: a new `::: section` while one is open means the open one lacks its `:::`.
   * Closing it here keeps every later slide a slide of its own.
   */
  #closeOpenSection(previousLine: number): void {
    const index = this.#stack.findIndex((c) => c.name === 'section');
    if (index === -1) return;
    while (this.#stack.length > index) {
      const container = this.#pop();
      reportUnclosed(container, this.sink, this.#lastClosed.get(container));
      container.range.end = { line: Math.max(previousLine, container.range.start.line), column: 1 };
    }
  }

  #pop(): ContainerNode {
    const container = this.#stack.pop() ?? this.root;
    this.#pandoc.delete(container);
    return container;
  }

  #current(): ContainerNode {
    return this.#stack[this.#stack.length - 1] ?? this.root;
  }

  #keep(line: string, lineNumber: number): void {
    if (this.#buffer.length === 0) this.#bufferStart = lineNumber;
    this.#buffer.push(line);
  }

  #flush(nextLine: number): void {
    if (this.#buffer.length > 0) this.#current().children.push({ kind: 'markdown', text: this.#buffer.join('\n'), startLine: this.#bufferStart });
    this.#buffer = [];
    this.#bufferStart = nextLine;
  }
}
