import type { Deck, Slide } from '../model/deck.ts';
import type { DocumentTree } from '../model/document-tree.ts';
import { balanceHtml } from './balance-html.ts';
import { createMarkdown } from './create-markdown.ts';
import { paginateSlide } from '../layout/paginate-slide.ts';
import { CONTENT_HEIGHT } from '../layout/theme-metrics.ts';
import type { RenderContext } from './render-context.ts';
import { renderSlide } from './render-slide.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';

/**
 * Render stage: every section to a slide, and a section too long for one slide to follow-up slides
 * titled "(vervolg)". Shiki must already have the deck's languages loaded.
 */
export function renderDeck(tree: DocumentTree, ctx: RenderContext): Deck {
  const md = createMarkdown(ctx);
  const slides: Slide[] = [];
  for (const section of tree.sections) {
    const slide = renderSlide(section, tree.meta, md, ctx);
    if (!slide) continue;
    if (slide.kind === 'title') {
      slides.push({ ...slide, html: balanceHtml(slide.html).html, notesHtml: balanceHtml(slide.notesHtml).html });
      continue;
    }
    const balanced = balanceHtml(slide.html);
    const notes = balanceHtml(slide.notesHtml);
    if (balanced.changed || notes.changed) ctx.sink.report('unbalanced-html', lineRange(section.range.start.line, 1, 3));
    const { pages, tooTall } = paginateSlide(balanced.html, ctx.strings.continued);
    for (const block of tooTall) {
      ctx.sink.report('block-too-tall', lineRange(block.line ?? section.range.start.line), { height: String(block.height), room: String(CONTENT_HEIGHT) });
    }
    pages.forEach((html, continuation) => {
      slides.push({ ...slide, html, continuation, notesHtml: continuation === 0 ? notes.html : '' });
    });
  }
  return { meta: tree.meta, slides, assets: [...ctx.assets.values()] };
}
