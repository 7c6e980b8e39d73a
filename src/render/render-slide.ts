import type { Block, RenderedSlide, TextBlock } from '../model/block.ts';
import type { DeckMeta, SectionNode } from '../model/document-tree.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import { formatDate } from '../shared/format-date.ts';
import type { MarkdownRenderer } from './create-markdown.ts';
import { plainText } from './inline-content.ts';
import { renderBlocks } from './render-blocks.ts';
import type { RenderContext } from './render-context.ts';

/** One slide's typed blocks and notes; undefined for a title slide with nothing to show. */
export function renderSlide(section: SectionNode, meta: DeckMeta, md: MarkdownRenderer, ctx: RenderContext): RenderedSlide | undefined {
  const notes: Block[] = [];
  let blocks = renderBlocks(section.children, { md, ctx, notes }, { build: false, incrementalLists: meta.incremental });
  let title = firstHeadingText(blocks);
  if (section.kind === 'title') {
    if (!title && !meta.title && blocks.length === 0 && notes.length === 0) return undefined;
    if (!title && meta.title) {
      const inner = escapeHtml(meta.title);
      const heading: TextBlock = { kind: 'text', role: 'heading', level: 1, inline: [{ kind: 'text', text: meta.title, face: 'bold' }], parts: { open: '<h1>', inner, close: '</h1>' }, html: `<h1>${inner}</h1>` };
      blocks = [heading, ...blocks];
      title = meta.title;
    }
    const byline = titleSlideByline(meta);
    if (byline) blocks.push(byline);
  }
  return { kind: section.kind, title: title || meta.title, blocks, notes, source: section.range };
}

function titleSlideByline(meta: DeckMeta): Block | undefined {
  const parts: string[] = [];
  const text: string[] = [];
  if (meta.author) {
    parts.push(`<span class="deck-author">${escapeHtml(meta.author)}</span>`);
    text.push(meta.author);
  }
  if (meta.date) {
    const date = formatDate(meta.date, meta.lang);
    parts.push(`<time class="deck-date" datetime="${escapeHtml(meta.date)}">${escapeHtml(date)}</time>`);
    text.push(date);
  }
  if (parts.length === 0) return undefined;
  return { kind: 'text', role: 'byline', inline: [{ kind: 'text', text: text.join(' · '), face: 'regular' }], html: `<p class="deck-byline">${parts.join(' · ')}</p>` };
}

/** The text of the first heading, looking inside groups as a reader's eye would. */
function firstHeadingText(blocks: readonly Block[]): string {
  for (const block of blocks) {
    if (block.kind === 'text' && block.role === 'heading') return plainText(block.inline).trim();
    if (block.kind === 'group' || block.kind === 'html') {
      const inner = firstHeadingText(block.children);
      if (inner) return inner;
    }
    if (block.kind === 'list') {
      for (const item of block.items) {
        const inner = firstHeadingText(item.blocks);
        if (inner) return inner;
      }
    }
  }
  return '';
}
