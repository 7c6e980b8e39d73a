import type { Deck } from '../model/deck.ts';
import { escapeHtml } from '../shared/escape-html.ts';
import { slideIds } from './slide-ids.ts';

/** Where the Vite adapter puts the deck's body, after Vite has processed the page's own tags. */
export const DECK_BODY_MARKER = '<!--lesdia:deck-body-->';

export interface DeckPageOptions {
  /** The page's module script URL (the browser client). A deck with formulas also links `theme/math.css` beside it. */
  clientEntry: string;
}

/** KaTeX's stylesheet and fonts, for decks with formulas only: the others do not carry their weight. */
export function mathStylesheet(clientEntry: string): string {
  return clientEntry.replace(/[^/\\]*$/, 'theme/math.css');
}

/** The page's module script: the bundler replaces it with the built client's tags. */
export function clientScriptTag(clientEntry: string): string {
  return `<script type="module" src="${escapeHtml(clientEntry)}"></script>\n`;
}

/** The link of a deck with formulas to KaTeX's stylesheet (see mathStylesheet). */
export function mathLinkTag(clientEntry: string): string {
  return `<link rel="stylesheet" href="${escapeHtml(mathStylesheet(clientEntry))}">\n`;
}

/** The HTML page of a deck, with the slides left out at DECK_BODY_MARKER. */
export function emitDeckShell(deck: Deck, options: DeckPageOptions): string {
  const { meta } = deck;
  const title = meta.title || deck.slides[0]?.title || 'lesdia';
  const description = meta.author ? `${title} · ${meta.author}` : title;
  return `<!doctype html>
<html lang="${escapeHtml(meta.lang)}" data-theme="${meta.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(description)}">
<meta name="generator" content="lesdia">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
${clientScriptTag(options.clientEntry)}${deck.usesMath ? mathLinkTag(options.clientEntry) : ''}</head>
<body>
${DECK_BODY_MARKER}
</body>
</html>
`;
}

/** The slides as reveal.js expects them: `.reveal > .slides > section`, notes in `<aside class="notes">`. */
export function emitDeckBody(deck: Deck): string {
  const ids = slideIds(deck.slides.map((slide) => slide.title));
  const sections = deck.slides.map((slide, i) => {
    // `join: qr`: the client puts the students' QR code on the title slide.
    const join = slide.kind === 'title' && deck.meta.data.join === 'qr' ? ' data-join="qr"' : '';
    const classes = slide.kind === 'title' ? ` class="title-slide"${join}` : '';
    const notes = slide.notesHtml ? `<aside class="notes">\n${slide.notesHtml}</aside>\n` : '';
    return `<section id="${ids[i]}"${classes} data-source-line="${slide.source.start.line}">\n${slide.html}${notes}</section>`;
  });
  const transition = deck.meta.transition ? ` data-transition="${escapeHtml(deck.meta.transition)}"` : '';
  // In a long deck only the first slides are live at first; the rest wait, parsed but inert, in a
  // template that the client adds once the first slide shows (see client/later-slides.ts).
  const live = sections.length > DEFER_FROM ? sections.slice(0, LIVE_SLIDES) : sections;
  const later = sections.length > DEFER_FROM ? `\n<template id="${LATER_SLIDES_ID}">\n${sections.slice(LIVE_SLIDES).join('\n')}\n</template>` : '';
  return `<div class="reveal"${transition}>\n<div class="slides">\n${live.join('\n')}\n</div>${later}\n</div>`;
}

/** Decks longer than this show their first slides sooner by keeping the rest out of the live page at first. */
const DEFER_FROM = 24;
const LIVE_SLIDES = 12;
/** The id of the template with the later slides; the client adds them to `.slides`. */
export const LATER_SLIDES_ID = 'lesdia-later-slides';
