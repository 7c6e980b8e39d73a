import { DiagnosticSink, lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { BlockNode, ContainerNode } from '../model/document-tree.ts';
import { parseAttributes } from './container-attributes.ts';
import { FenceTracker } from './fence-tracker.ts';

const RE_CONTAINER_OPEN = /^( {0,3})(:{3,})[ \t]*(\{[^}]*\}|[A-Za-z][\w-]*)[ \t]*(.*?)[ \t]*$/;
const RE_CONTAINER_CLOSE = /^ {0,3}(:{3,})[ \t]*$/;
const RE_PAUSE = /^ {0,3}\. \. \.[ \t]*$/;
const RE_SECTION_OPEN = /^ {0,3}:{3,}[ \t]*(?:section|\{\.section\})\s*$/i;

/** Deeper than any course page needs; beyond it an opener is kept as text, so nothing recurses without bound. */
export const MAX_NESTING = 32;

/**
 * Builds the container tree of a page (markdown-it-container and pandoc fenced divs):
 * `::: name` opens, a line of colons closes, `. . .` pauses; all of it ignored inside code fences.
 * Unclosed containers are reported at their opening line and closed at the end of the file, so nothing is lost.
 */
export function scanBlocks(text: string, sink: DiagnosticSink): ContainerNode {
  const lines = text.split('\n');
  // A code fence left open inside a container would swallow every later `:::`. As in CommonMark, where a
  // fence ends with its container, such a fence is ended at the first closing line after it: scan again
  // with that end until no open fence inside a container remains (each pass adds one end).
  const fenceEnds = new Map<number, number>();
  for (let pass = 0; pass < 50; pass++) {
    const scratch = new DiagnosticSink(sink.file);
    const { unclosedFence } = scanLines(lines, scratch, fenceEnds);
    if (!unclosedFence || !unclosedFence.insideContainer) break;
    const end = lines.findIndex((line, i) => i + 1 > unclosedFence.line && RE_CONTAINER_CLOSE.test(line));
    if (end === -1 || fenceEnds.has(end + 1)) break;
    fenceEnds.set(end + 1, unclosedFence.line);
  }
  return scanLines(lines, sink, fenceEnds).root;
}

interface ScanResult {
  root: ContainerNode;
  unclosedFence?: { line: number; insideContainer: boolean };
}

function scanLines(lines: readonly string[], sink: DiagnosticSink, fenceEnds: ReadonlyMap<number, number>): ScanResult {
  const root = createContainer('root', '', 0, 1, 0);
  const stack: ContainerNode[] = [root];
  const fences = new FenceTracker();
  let buffer: string[] = [];
  let bufferStart = 1;
  let reportedTooDeep = false;
  let fenceDepth = 0;
  const warnedFences = new Set<number>();
  // The last container closed inside each open one: when a section is never closed, the `:::` meant for
  // it usually closed an inner container that lacked its own.
  const lastClosed = new WeakMap<ContainerNode, { name: string; opened: number; closed: number }>();

  const current = () => stack[stack.length - 1] ?? root;
  const flush = (nextLine: number) => {
    if (buffer.length > 0) current().children.push({ kind: 'markdown', text: buffer.join('\n'), startLine: bufferStart });
    buffer = [];
    bufferStart = nextLine;
  };
  const close = (container: ContainerNode, lineNumber: number, closingLength: number) => {
    container.range.end = { line: lineNumber, column: Math.max(closingLength, 1) };
  };

  lines.forEach((line, i) => {
    const lineNumber = i + 1;
    const openedAt = fenceEnds.get(lineNumber);
    if (fences.open && openedAt === fences.open.line) {
      sink.report('unclosed-code-fence', lineRange(openedAt, 1, fences.open.marker.length), { fence: fences.open.marker, end: String(lineNumber) });
      fences.open = undefined;
    }
    const wasOpen = fences.open !== undefined;
    if (fences.feed(line, lineNumber)) {
      if (!wasOpen && fences.open) fenceDepth = stack.length;
      // Legal, but a `::: section` inside code almost always means the code block above lacks its end.
      if (wasOpen && fences.open && !warnedFences.has(fences.open.line) && RE_SECTION_OPEN.test(line)) {
        warnedFences.add(fences.open.line);
        sink.report('section-inside-code', lineRange(fences.open.line, 1, fences.open.marker.length), { fence: fences.open.marker, line: String(lineNumber) });
      }
      if (buffer.length === 0) bufferStart = lineNumber;
      buffer.push(line);
      return;
    }
    const closing = RE_CONTAINER_CLOSE.exec(line);
    if (closing) {
      flush(lineNumber + 1);
      const length = (closing[1] ?? '').length;
      const target = findClosedContainer(stack, length);
      if (target === -1) {
        sink.report('stray-closing-fence', lineRange(lineNumber, 1, line.trimEnd().length));
        return;
      }
      while (stack.length > target) {
        const container = stack.pop();
        if (!container) break;
        if (stack.length > target) reportUnclosed(container, sink);
        close(container, lineNumber, line.length);
        const parent = stack[stack.length - 1];
        if (parent) lastClosed.set(parent, { name: container.name, opened: container.range.start.line, closed: lineNumber });
      }
      return;
    }
    const opening = RE_CONTAINER_OPEN.exec(line);
    if (opening && stack.length > MAX_NESTING) {
      if (!reportedTooDeep) sink.report('nesting-too-deep', lineRange(lineNumber, 1, line.trimEnd().length), { max: String(MAX_NESTING) });
      reportedTooDeep = true;
    } else if (opening) {
      flush(lineNumber + 1);
      const [, indent = '', fence = '', nameOrAttributes = '', label = ''] = opening;
      if (nameOrAttributes.toLowerCase() === 'section') closeOpenSection(stack, lineNumber - 1, sink, lastClosed);
      const container = openContainer(nameOrAttributes, label, fence.length, lineNumber, indent.length + 1, line.length);
      current().children.push(container);
      stack.push(container);
      return;
    }
    if (RE_PAUSE.test(line)) {
      flush(lineNumber + 1);
      current().children.push({ kind: 'pause', line: lineNumber });
      return;
    }
    if (buffer.length === 0) bufferStart = lineNumber;
    buffer.push(line);
  });
  flush(lines.length + 1);

  let unclosedFence: ScanResult['unclosedFence'];
  if (fences.open) {
    const { marker, line } = fences.open;
    sink.report('unclosed-code-fence', lineRange(line, 1, marker.length), { fence: marker, end: 'the end of the page' });
    unclosedFence = { line, insideContainer: fenceDepth > 1 };
  }
  while (stack.length > 1) {
    const container = stack.pop();
    if (!container) break;
    reportUnclosed(container, sink);
    close(container, lines.length, (lines[lines.length - 1] ?? '').length);
  }
  root.range.end = { line: lines.length, column: 1 };
  return unclosedFence ? { root, unclosedFence } : { root };
}

/**
 * Sections never nest: a new `::: section` while one is open means the open one lacks its `:::`.
 * Closing it here keeps every later slide a slide of its own.
 */
function closeOpenSection(stack: ContainerNode[], previousLine: number, sink: DiagnosticSink, lastClosed: WeakMap<ContainerNode, { name: string; opened: number; closed: number }>): void {
  const index = stack.findIndex((c) => c.name === 'section');
  if (index === -1) return;
  while (stack.length > index) {
    const container = stack.pop();
    if (!container) break;
    reportUnclosed(container, sink, lastClosed.get(container));
    container.range.end = { line: Math.max(previousLine, container.range.start.line), column: 1 };
  }
}

/**
 * The stack index of the container a closing fence of `length` colons closes: the innermost one opened
 * with exactly as many colons, so `::::` closes `:::: columns` even when an inner `:::` was left open;
 * otherwise the innermost container. -1 when none is open.
 */
function findClosedContainer(stack: readonly ContainerNode[], length: number): number {
  if (stack.length <= 1) return -1;
  for (let i = stack.length - 1; i >= 1; i--) {
    if (stack[i]?.fenceLength === length) return i;
  }
  return stack.length - 1;
}

function openContainer(nameOrAttributes: string, label: string, fenceLength: number, line: number, column: number, lineLength: number): ContainerNode {
  if (nameOrAttributes.startsWith('{')) {
    const { name, attributes } = parseAttributes(nameOrAttributes.slice(1, -1));
    const container = createContainer(name, label, fenceLength, line, column, lineLength);
    container.attributes = attributes;
    return container;
  }
  return createContainer(nameOrAttributes.toLowerCase(), label, fenceLength, line, column, lineLength);
}

function createContainer(name: string, label: string, fenceLength: number, line: number, column: number, lineLength = 1): ContainerNode {
  return {
    kind: 'container',
    name,
    attributes: { classes: [], pairs: {} },
    label,
    fenceLength,
    range: { start: { line, column }, end: { line, column: Math.max(lineLength, column) } },
    bodyStart: line + 1,
    children: [] as BlockNode[],
  };
}

function reportUnclosed(container: ContainerNode, sink: DiagnosticSink, inner?: { name: string; opened: number; closed: number }): void {
  const { line, column } = container.range.start;
  const fence = ':'.repeat(container.fenceLength);
  const args: Record<string, string> = { fence, name: container.name };
  if (inner) Object.assign(args, { inner: inner.name, innerOpened: String(inner.opened), innerClosed: String(inner.closed) });
  sink.report('unclosed-container', { start: { line, column }, end: { line, column: column + fence.length + container.name.length } }, args);
}
