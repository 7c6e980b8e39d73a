import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import type { ContainerNode } from '../model/document-tree.ts';
import { parseAttributes } from './container-attributes.ts';
import type { MessageArgs } from '../diagnostics/messages.ts';

/** What an opening line says: `::: tip Let op` (markdown-it) or `::: {.column width="40%"}` (pandoc). */
export interface ContainerOpener {
  indent: number;
  fence: string;
  nameOrAttributes: string;
  label: string;
}

/** Where an inner container was last closed: the likely thief of an unclosed section's `:::`. */
export interface ClosedInner {
  name: string;
  opened: number;
  closed: number;
}

const QUARTO_CALLOUTS: Record<string, string> = {
  'callout-note': 'note',
  'callout-tip': 'tip',
  'callout-warning': 'warning',
  'callout-important': 'important',
  'callout-caution': 'warning',
};

export function createContainer(opener: ContainerOpener, line: number, lineLength: number): ContainerNode {
  const { nameOrAttributes, label, fence, indent } = opener;
  if (nameOrAttributes.startsWith('{')) {
    const { name, attributes } = parseAttributes(nameOrAttributes.slice(1, -1));
    // Quarto's callouts (`::: {.callout-tip title="Let op"}`) are lesdia's `::: tip Let op`.
    const callout = QUARTO_CALLOUTS[name];
    if (!callout) return { ...emptyContainer(name, label, fence.length, line, indent + 1, lineLength), attributes };
    const { title = label, ...pairs } = attributes.pairs;
    return { ...emptyContainer(callout, title, fence.length, line, indent + 1, lineLength), attributes: { ...attributes, classes: [name, ...attributes.classes], pairs } };
  }
  return emptyContainer(nameOrAttributes.toLowerCase(), label, fence.length, line, indent + 1, lineLength);
}

export function emptyContainer(name: string, label: string, fenceLength: number, line: number, column: number, lineLength = 1): ContainerNode {
  return {
    kind: 'container',
    name,
    attributes: { classes: [], pairs: {} },
    label,
    fenceLength,
    range: { start: { line, column }, end: { line, column: Math.max(lineLength, column) } },
    bodyStart: line + 1,
    children: [],
  };
}

export function reportUnclosed(container: ContainerNode, sink: DiagnosticSink, inner?: ClosedInner): void {
  const { line, column } = container.range.start;
  const fence = ':'.repeat(container.fenceLength);
  const args: MessageArgs<'unclosed-container'> = { fence, name: container.name };
  if (inner) Object.assign(args, { inner: inner.name, innerOpened: String(inner.opened), innerClosed: String(inner.closed) });
  sink.report('unclosed-container', { start: { line, column }, end: { line, column: column + fence.length + container.name.length } }, args);
}
