import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import type { BlockNode, ContainerNode, MarkdownNode } from '../model/document-tree.ts';
import { parseFlow } from './diagrams/parse-flow.ts';
import { parseStack } from './diagrams/parse-stack.ts';
import type { VideoPlacement } from './expand-template.ts';

/**
 * Gives the nodes that are not markdown their place in the tree: `::: stack` and `::: flow` containers
 * become diagram nodes (their syntax read here, in parse), and each `{% video %}` line splits its markdown
 * run around a video node. Works in place, depth first.
 */
export function placeNodes(root: ContainerNode, videos: readonly VideoPlacement[], sink: DiagnosticSink): void {
  const byLine = new Map(videos.map((video) => [video.line, video]));
  const visit = (children: BlockNode[]): BlockNode[] =>
    children.flatMap((node): BlockNode[] => {
      if (node.kind === 'markdown') return byLine.size > 0 ? splitAtVideos(node, byLine) : [node];
      if (node.kind !== 'container') return [node];
      if (node.name === 'stack' || node.name === 'flow') {
        const text = node.children.map((child) => (child.kind === 'markdown' ? child.text : '')).join('\n');
        const diagram = node.name === 'stack' ? parseStack(text, node.bodyStart, node.range, sink) : parseFlow(text, node.bodyStart, node.range, sink);
        const nested = visit(node.children.filter((child) => child.kind !== 'markdown' && child.kind !== 'pause'));
        return [{ kind: 'diagram', name: node.name, ...(diagram ? { diagram } : {}), children: nested, range: node.range }];
      }
      node.children = visit(node.children);
      return [node];
    });
  root.children = visit(root.children);
}

function splitAtVideos(node: MarkdownNode, byLine: ReadonlyMap<number, VideoPlacement>): BlockNode[] {
  const lines = node.text.split('\n');
  const out: BlockNode[] = [];
  let from = 0;
  lines.forEach((_, i) => {
    const video = byLine.get(node.startLine + i);
    if (!video) return;
    if (i > from) out.push({ kind: 'markdown', text: lines.slice(from, i).join('\n'), startLine: node.startLine + from });
    const line = node.startLine + i;
    out.push({ kind: 'video', href: video.href, range: { start: { line, column: 1 }, end: { line, column: 1 } } });
    from = i + 1;
  });
  if (from === 0) return [node];
  if (from < lines.length) out.push({ kind: 'markdown', text: lines.slice(from).join('\n'), startLine: node.startLine + from });
  return out;
}
