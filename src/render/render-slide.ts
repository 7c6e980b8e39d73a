import type { Slide } from '../model/deck.ts';
import type { DeckMeta, SectionNode } from '../model/document-tree.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import { formatDate } from '../shared/format-date.ts';
import { decodeEntities } from '../layout/html-tree.ts';
import type { MarkdownRenderer } from './create-markdown.ts';
import { renderBlocks } from './render-blocks.ts';
import type { RenderContext } from './render-context.ts';

const RE_FIRST_HEADING = /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/;
const RE_TAG = /<[^>]+>/g;

/** One slide's HTML and notes; undefined for a title slide with nothing to show. */
export function renderSlide(section: SectionNode, meta: DeckMeta, md: MarkdownRenderer, ctx: RenderContext): Slide | undefined {
  const notes: string[] = [];
  let html = renderBlocks(section.children, { md, ctx, notes }, { build: false, incrementalLists: meta.incremental });
  let title = headingText(html);
  if (section.kind === 'title') {
    if (!title && !meta.title && !html.trim() && notes.length === 0) return undefined;
    if (!title && meta.title) {
      html = `<h1>${escapeHtml(meta.title)}</h1>\n${html}`;
      title = meta.title;
    }
    html += titleSlideByline(meta);
  }
  return { kind: section.kind, title: title || meta.title, html, notesHtml: notes.join(''), source: section.range, continuation: 0 };
}

function titleSlideByline(meta: DeckMeta): string {
  const parts: string[] = [];
  if (meta.author) parts.push(`<span class="deck-author">${escapeHtml(meta.author)}</span>`);
  if (meta.date) parts.push(`<time class="deck-date" datetime="${escapeHtml(meta.date)}">${escapeHtml(formatDate(meta.date, meta.lang))}</time>`);
  return parts.length > 0 ? `<p class="deck-byline">${parts.join(' · ')}</p>\n` : '';
}

function headingText(html: string): string {
  const match = RE_FIRST_HEADING.exec(html);
  if (!match) return '';
  return decodeEntities((match[2] ?? '').replace(RE_TAG, '')).trim();
}
