import type { RenderedSlide } from '../model/block.ts';
import type { DeckAsset } from '../model/deck.ts';
import type { DocumentTree } from '../model/document-tree.ts';
import { lineRange } from '../diagnostics/diagnostic-sink.ts';
import { balanceHtml, needsBalancing } from './balance-html.ts';
import { blocksHaveRawHtml } from './has-raw-html.ts';
import { createMarkdown } from './create-markdown.ts';
import type { RenderContext } from './render-context.ts';
import { renderSlide } from './render-slide.ts';

/** Render stage: every section to a slide of typed blocks. Shiki must already have the deck's languages loaded. */
export function renderDeck(tree: DocumentTree, ctx: RenderContext): { slides: RenderedSlide[]; assets: DeckAsset[]; usesMath: boolean } {
  const md = createMarkdown(ctx);
  const slides: RenderedSlide[] = [];
  for (const section of tree.sections) {
    const slide = renderSlide(section, tree.meta, md, ctx);
    if (!slide) continue;
    // Raw HTML that does not close what it opens (or closes what it did not open) is repaired where the
    // page is put together; the author hears of it here, once per slide. HTML lesdia wrote is balanced already.
    const unbalanced = [slide.blocks, slide.notes].some((blocks) => {
      // Written as emit writes the page (a newline after each block), so an unsplit slide is parsed once.
      const html = blocks.map((block) => `${block.html}\n`).join('');
      return needsBalancing(html, blocksHaveRawHtml(blocks)) && balanceHtml(html).changed;
    });
    if (slide.kind === 'content' && unbalanced) ctx.sink.report('unbalanced-html', lineRange(section.range.start.line, 1, 3));
    slides.push(slide);
  }
  return { slides, assets: [...ctx.assets.values()], usesMath: ctx.usesMath };
}
