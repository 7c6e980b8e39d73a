import type { Deck, Slide } from '../model/deck.ts';
import type { DocumentTree } from '../model/document-tree.ts';
import { createMarkdown } from './create-markdown.ts';
import type { RenderContext } from './render-context.ts';
import { renderSlide } from './render-slide.ts';

/** Render stage: every section to a slide. Shiki must already have the deck's languages loaded. */
export function renderDeck(tree: DocumentTree, ctx: RenderContext): Deck {
  const md = createMarkdown(ctx);
  const slides = tree.sections.map((section) => renderSlide(section, tree.meta, md, ctx)).filter((slide): slide is Slide => slide !== undefined);
  return { meta: tree.meta, slides, assets: [...ctx.assets.values()] };
}
