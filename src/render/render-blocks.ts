import type { Block, ColumnBasis } from '../model/block.ts';
import { groupOf } from './group-of.ts';
import type { BlockNode, ContainerNode } from '../model/document-tree.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import { CALLOUT_NAMES } from './callout-names.ts';
import type { MarkdownRenderer } from './create-markdown.ts';
import { renderDiagram } from './diagrams/render-diagram.ts';
import { groupRawHtml } from './group-raw-html.ts';
import { inlineOf } from './inline-content.ts';
import type { RenderContext } from './render-context.ts';
import { renderQuestion } from './render-question.ts';
import { tokenBlock, trimNewline } from './token-block.ts';
import { renderVideo } from './render-video.ts';
import { hasRawHtml, rawHtmlMark } from './has-raw-html.ts';

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
  notes: Block[];
}

const RE_COMMENT_ONLY = /^\s*<!--[\s\S]*-->\s*$/;

/**
 * Renders block nodes to typed blocks: markdown through marked, containers as `notes` (collected apart),
 * `build` (each child a step), `columns`/`column` and any other name as a `<div>`; `. . .` starts a new step.
 */
export function renderBlocks(nodes: readonly BlockNode[], env: BlockRenderer, mode: BlockMode): Block[] {
  return splitAtPauses(nodes).flatMap((segment, i) => {
    const blocks = groupRawHtml(segment.flatMap((node) => renderNode(node, env, mode)));
    return i === 0 ? blocks : [groupOf('plain', `<div class="fragment" data-line="${firstLine(segment)}">`, '</div>', blocks)];
  });
}

function renderNode(node: BlockNode, env: BlockRenderer, mode: BlockMode): Block[] {
  switch (node.kind) {
    case 'pause':
      return [];
    case 'markdown':
      return renderMarkdown(node.text, node.startLine, env.md, mode);
    case 'question':
      return [renderQuestion(node, env.md, env.ctx.strings, (nodes) => renderBlocks(nodes, env, { build: false, incrementalLists: false }))];
    case 'video':
      return [renderVideo(node, env.ctx.strings)];
    case 'diagram': {
      const diagram = renderDiagram(node, env.ctx);
      return [...(diagram ? [diagram] : []), ...renderBlocks(node.children, env, mode)];
    }
    case 'container':
      return renderContainer(node, env, mode);
  }
}

function renderContainer(node: ContainerNode, env: BlockRenderer, mode: BlockMode): Block[] {
  if (node.name === 'notes') {
    env.notes.push(...renderBlocks(node.children, env, { build: false, incrementalLists: false }));
    return [];
  }
  const label = containerLabel(node, env.md);
  const inner = renderBlocks(node.children, env, { ...mode, build: node.name === 'build' });
  const line = node.range.start.line;
  const role = node.name === 'columns' ? 'columns' : node.name === 'column' ? 'column' : CALLOUT_NAMES.some((name) => name === node.name || node.attributes.classes.includes(name)) ? 'callout' : 'plain';
  const group = groupOf(role, `<div${containerAttributes(node, mode.build)}>`, '</div>', [...(label ? [label] : []), ...inner], line, columnBasis(node.attributes.pairs.width));
  return [label ? { ...group, titled: true } : group];
}

function renderMarkdown(text: string, startLine: number, md: MarkdownRenderer, mode: BlockMode): Block[] {
  return md.lex(text, startLine).flatMap((positioned): Block[] => {
    const { token, line } = positioned;
    // Nothing to see: an empty line, or an HTML comment, which as a build step would show nothing.
    if (token.type === 'space' || (token.type === 'html' && RE_COMMENT_ONLY.test(token.raw))) return [];
    const lineAttribute = ` data-line="${line}"`;
    if (token.type === 'list' && (mode.build || mode.incrementalLists)) return block(token, withLine(md.render(positioned, true), lineAttribute), line, lineAttribute, md);
    const html = md.render(positioned);
    if (mode.build && token.type !== 'def') {
      const inner = block(token, html, line, '', md);
      return inner.length > 0 ? [groupOf('plain', `<div class="fragment" data-line="${line}">`, '</div>', inner, line)] : [];
    }
    return block(token, withLine(html, lineAttribute), line, lineAttribute, md);
  });
}

function block(token: Parameters<typeof tokenBlock>[0], html: string, line: number, lineAttribute: string, md: MarkdownRenderer): Block[] {
  if (html === '') return [];
  const made = tokenBlock(token, trimNewline(html), line, lineAttribute, md.records);
  return made ? [made] : [];
}

const RE_CSS_WIDTH = /^(\d+(?:\.\d+)?)(%|px|em|rem)$/;

/** Quarto's `width="25%"` (or px, em) as the layout model reads it. */
function columnBasis(width: string | undefined): ColumnBasis | undefined {
  const match = RE_CSS_WIDTH.exec(width?.trim() ?? '');
  if (!match) return undefined;
  return { value: Number(match[1]), unit: match[2] === '%' ? '%' : match[2] === 'px' ? 'px' : 'em' };
}
const RE_OPENING_TAG = /^<([a-zA-Z][\w-]*)(?=[\s>])/;

/**
 * Marks a block with the markdown line it comes from, so that layout problems found later (by the
 * paginator or by `lesdia check` in Chromium) point at the file.
 */
function withLine(html: string, lineAttribute: string): string {
  return html.replace(RE_OPENING_TAG, `<$1${lineAttribute}`);
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

function containerLabel(node: ContainerNode, md: MarkdownRenderer): Block | undefined {
  if (!node.label) return undefined;
  const [positioned] = md.lex(node.label, node.range.start.line);
  if (!positioned) return { kind: 'text', role: 'paragraph', inline: [{ kind: 'text', text: node.label, face: 'regular' }], html: `<p class="container-title">${escapeHtml(node.label)}</p>` };
  const rendered = md.render(positioned);
  const inner = rendered.startsWith('<p>') && rendered.endsWith('</p>\n') ? rendered.slice(3, -5) : rendered;
  const inline = 'tokens' in positioned.token && Array.isArray(positioned.token.tokens) ? inlineOf(positioned.token.tokens, (t) => md.records.embeds.get(t) ?? []) : [];
  return { kind: 'text', role: 'paragraph', inline, html: `<p class="container-title">${inner}</p>`, ...rawHtmlMark(hasRawHtml(positioned.token)) };
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
