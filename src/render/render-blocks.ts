import type { BlockNode, ContainerNode } from '../model/document-tree.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import type { MarkdownRenderer } from './create-markdown.ts';
import { DIAGRAM_CONTAINERS, renderDiagram } from './diagrams/render-diagram.ts';
import type { RenderContext } from './render-context.ts';
import { renderQuestion } from './render-question.ts';

/** How blocks are being rendered: inside `::: build` every block is a step of its own. */
export interface BlockMode {
  build: boolean;
  /** Front matter `incremental: true`: every list appears item by item, as in pandoc. */
  incrementalLists: boolean;
}

/** What renders a slide's blocks: markdown, the render context, and where its speaker notes are gathered. */
export interface BlockRenderer {
  md: MarkdownRenderer;
  ctx: RenderContext;
  notes: string[];
}

/**
 * Renders block nodes to HTML: markdown through marked, containers as `notes` (collected apart),
 * `build` (each child a step), `columns`/`column` and any other name as a `<div>`; `. . .` starts a new step.
 */
export function renderBlocks(nodes: readonly BlockNode[], env: BlockRenderer, mode: BlockMode): string {
  const segments = splitAtPauses(nodes);
  return segments
    .map((segment, i) => {
      const html = segment.map((node) => renderNode(node, env, mode)).join('');
      return i === 0 ? html : `<div class="fragment" data-line="${firstLine(segment)}">\n${html}</div>\n`;
    })
    .join('');
}

function renderNode(node: BlockNode, env: BlockRenderer, mode: BlockMode): string {
  if (node.kind === 'pause') return '';
  if (node.kind === 'markdown') return renderMarkdown(node.text, node.startLine, env.md, mode);
  if (node.kind === 'question') return renderQuestion(node, env.md, env.ctx.strings, (nodes) => renderBlocks(nodes, env, { build: false, incrementalLists: false }));
  if (node.name === 'notes') {
    env.notes.push(renderBlocks(node.children, env, { build: false, incrementalLists: false }));
    return '';
  }
  if (DIAGRAM_CONTAINERS.has(node.name)) return renderDiagram(node, env.ctx) ?? '';
  const inner = renderBlocks(node.children, env, { ...mode, build: node.name === 'build' });
  return `<div${containerAttributes(node, mode.build)}>\n${containerLabel(node, env.md)}${inner}</div>\n`;
}

function renderMarkdown(text: string, startLine: number, md: MarkdownRenderer, mode: BlockMode): string {
  return md
    .lex(text, startLine)
    .map((positioned) => {
      const { token } = positioned;
      // Nothing to see: an empty line, or an HTML comment, which as a build step would show nothing.
      if (token.type === 'space' || (token.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw))) return '';
      if (token.type === 'list' && (mode.build || mode.incrementalLists)) return withLine(md.render(positioned, true), positioned.line);
      const html = md.render(positioned);
      if (mode.build && token.type !== 'def') return `<div class="fragment" data-line="${positioned.line}">\n${html}</div>\n`;
      return withLine(html, positioned.line);
    })
    .join('');
}

const RE_CSS_WIDTH = /^\d+(?:\.\d+)?(?:%|px|em|rem)$/;
const RE_OPENING_TAG = /^<([a-zA-Z][\w-]*)(?=[\s>])/;

/**
 * Marks a block with the markdown line it comes from, so that layout problems found later (by the
 * paginator or by `lesdia check` in Chromium) point at the file.
 */
function withLine(html: string, line: number): string {
  return html.replace(RE_OPENING_TAG, `<$1 data-line="${line}"`);
}

function containerAttributes(node: ContainerNode, isBuildStep: boolean): string {
  const { id, classes, pairs } = node.attributes;
  const classNames = [node.name, ...classes, ...(isBuildStep ? ['fragment'] : [])].map((c) => c.replace(/[^\w-]/g, '')).filter(Boolean);
  const parts = [` class="${escapeHtml(classNames.join(' '))}" data-line="${node.range.start.line}"`];
  if (id) parts.push(` id="${escapeHtml(id)}"`);
  const styles: string[] = [];
  for (const [key, value] of Object.entries(pairs)) {
    // Quarto's `::: {.column width="25%"}`: the column's share, shrunk with the others to leave room for the gap.
    if (key === 'width' && RE_CSS_WIDTH.test(value.trim())) styles.push(`flex:0 1 ${value.trim()}`);
    else if (key === 'style') styles.push(value);
    else parts.push(` data-${key.replace(/[^\w-]/g, '')}="${escapeHtml(value)}"`);
  }
  if (styles.length > 0) parts.push(` style="${escapeHtml(styles.join(';'))}"`);
  return parts.join('');
}

function containerLabel(node: ContainerNode, md: MarkdownRenderer): string {
  if (!node.label) return '';
  const [positioned] = md.lex(node.label, node.range.start.line);
  const inline = positioned ? md.render(positioned).replace(/^<p>|<\/p>\n?$/g, '') : escapeHtml(node.label);
  return `<p class="container-title">${inline}</p>\n`;
}

function firstLine(nodes: readonly BlockNode[]): number {
  const first = nodes[0];
  if (!first) return 0;
  return first.kind === 'markdown' ? first.startLine : first.kind === 'pause' ? first.line : first.range.start.line;
}

function splitAtPauses(nodes: readonly BlockNode[]): BlockNode[][] {
  const segments: BlockNode[][] = [[]];
  for (const node of nodes) {
    if (node.kind === 'pause') segments.push([]);
    else segments[segments.length - 1]?.push(node);
  }
  return segments;
}
