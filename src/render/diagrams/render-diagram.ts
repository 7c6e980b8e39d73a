import type { Block } from '../../model/block.ts';
import type { DiagramNode } from '../../model/document-tree.ts';
import type { RenderContext } from '../render-context.ts';
import { renderFlow } from './render-flow.ts';
import { renderStack } from './render-stack.ts';

/** A diagram node as a typed block, its HTML/SVG drawn here; undefined when it holds nothing drawable. */
export function renderDiagram(node: DiagramNode, ctx: RenderContext): Block | undefined {
  const { diagram } = node;
  if (!diagram) return undefined;
  const line = diagram.range.start.line;
  if (diagram.kind === 'stack') {
    return { kind: 'stack', line, rows: diagram.rowCount, hasNotes: diagram.stacks.some((stack) => stack.note !== undefined), html: renderStack(diagram, ctx.strings) };
  }
  const flow = renderFlow(diagram, ctx.nextId('lesdia-arrow'));
  return { kind: 'flow', line, width: flow.width, height: flow.height, html: flow.html };
}
