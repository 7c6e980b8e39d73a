import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { BlockNode, ContainerNode, MarkdownNode, SectionNode } from '../model/document-tree.ts';
import { FenceTracker } from './fence-tracker.ts';

const RE_SLIDE_HEADING = /^ {0,3}#{1,3}[ \t]+\S/;

/**
 * Turns the page's top-level blocks into slides: each `::: section` is one, what precedes the first is the
 * title slide. A page without sections is split at its `#`–`###` headings instead.
 */
export function splitSlides(root: ContainerNode, sink: DiagnosticSink): SectionNode[] {
  const hasSections = root.children.some((node) => node.kind === 'container' && node.name === 'section');
  return hasSections ? splitAtSections(root.children, sink) : splitAtHeadings(root.children);
}

function splitAtSections(nodes: readonly BlockNode[], sink: DiagnosticSink): SectionNode[] {
  const slides: SectionNode[] = [];
  let loose: BlockNode[] = [];
  let seenSection = false;
  const flushLoose = () => {
    if (!seenSection) slides.push(section('title', loose));
    else if (loose.some(hasContent)) {
      const first = loose.find(hasContent);
      if (first) sink.report('content-outside-section', lineRange(firstContentLine(first)));
      slides.push(section('content', loose));
    }
    loose = [];
  };
  for (const node of nodes) {
    if (node.kind === 'container' && node.name === 'section') {
      flushLoose();
      seenSection = true;
      slides.push({ kind: 'content', children: node.children, range: node.range });
    } else {
      loose.push(node);
    }
  }
  flushLoose();
  return slides;
}

function splitAtHeadings(nodes: readonly BlockNode[]): SectionNode[] {
  const slides: SectionNode[] = [];
  let currentNodes: BlockNode[] = [];
  let kind: SectionNode['kind'] = 'title';
  const push = () => {
    slides.push(section(kind, currentNodes));
    currentNodes = [];
    kind = 'content';
  };
  for (const node of nodes) {
    if (node.kind !== 'markdown') {
      currentNodes.push(node);
      continue;
    }
    for (const part of splitMarkdownAtHeadings(node)) {
      if (part.startsHeading) push();
      currentNodes.push(part.node);
    }
  }
  push();
  return slides;
}

function splitMarkdownAtHeadings(node: MarkdownNode): { node: MarkdownNode; startsHeading: boolean }[] {
  const parts: { node: MarkdownNode; startsHeading: boolean }[] = [];
  const fences = new FenceTracker();
  let lines: string[] = [];
  let start = node.startLine;
  let startsHeading = false;
  node.text.split('\n').forEach((line, i) => {
    const lineNumber = node.startLine + i;
    if (!fences.feed(line, lineNumber) && RE_SLIDE_HEADING.test(line)) {
      if (lines.length > 0) parts.push({ node: { kind: 'markdown', text: lines.join('\n'), startLine: start }, startsHeading });
      lines = [];
      start = lineNumber;
      startsHeading = true;
    }
    lines.push(line);
  });
  if (lines.length > 0) parts.push({ node: { kind: 'markdown', text: lines.join('\n'), startLine: start }, startsHeading });
  return parts;
}

function section(kind: SectionNode['kind'], children: BlockNode[]): SectionNode {
  const first = children[0];
  const last = children[children.length - 1];
  const startLine = first ? nodeStartLine(first) : 1;
  const endLine = last ? nodeEndLine(last) : startLine;
  return { kind, children, range: { start: { line: startLine, column: 1 }, end: { line: endLine, column: 1 } } };
}

function hasContent(node: BlockNode): boolean {
  return node.kind !== 'markdown' || node.text.trim() !== '';
}

function firstContentLine(node: BlockNode): number {
  if (node.kind !== 'markdown') return nodeStartLine(node);
  const offset = node.text.split('\n').findIndex((line) => line.trim() !== '');
  return node.startLine + Math.max(offset, 0);
}

function nodeStartLine(node: BlockNode): number {
  return node.kind === 'markdown' ? node.startLine : node.kind === 'pause' ? node.line : node.range.start.line;
}

function nodeEndLine(node: BlockNode): number {
  if (node.kind === 'markdown') return node.startLine + node.text.split('\n').length - 1;
  return node.kind === 'pause' ? node.line : node.range.end.line;
}
