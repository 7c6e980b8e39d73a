import type { ContainerNode } from '../../model/document-tree.ts';
import { parseFlow } from '../../parse/diagrams/parse-flow.ts';
import { parseStack } from '../../parse/diagrams/parse-stack.ts';
import type { RenderContext } from '../render-context.ts';
import { renderFlow } from './render-flow.ts';
import { renderStack } from './render-stack.ts';

/** The container names that draw a diagram instead of a `<div>`. */
export const DIAGRAM_CONTAINERS = new Set(['stack', 'flow']);

/** `::: stack` and `::: flow` blocks to HTML/SVG; undefined when the block holds nothing drawable. */
export function renderDiagram(node: ContainerNode, ctx: RenderContext): string | undefined {
  const text = node.children.map((child) => (child.kind === 'markdown' ? child.text : '')).join('\n');
  const startLine = node.bodyStart;
  if (node.name === 'stack') {
    const diagram = parseStack(text, startLine, node.range, ctx.sink);
    return diagram ? renderStack(diagram, ctx.strings) : undefined;
  }
  const diagram = parseFlow(text, startLine, node.range, ctx.sink);
  return diagram ? renderFlow(diagram, ctx.nextId('lesdia-arrow')) : undefined;
}
