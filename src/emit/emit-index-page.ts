import { escapeHtml } from '../shared/escape-html.ts';
import { clientScriptTag } from './emit-deck-page.ts';
import { uiStrings } from '../i18n/ui-strings.ts';
import { formatDate } from '../shared/format-date.ts';

export interface DeckSummary {
  /** The deck's folder in the site, from its file name: `docker-ecosysteem`. */
  slug: string;
  title: string;
  date?: string;
  slideCount: number;
  errorCount: number;
}

/** The deck list at the site's root, with relative links so the site works under any sub-path. */
export function emitIndexPage(decks: readonly DeckSummary[], options: { clientEntry: string; lang: string }): string {
  const strings = uiStrings(options.lang);
  const items = decks
    .map((deck) => {
      const date = deck.date ? `<time datetime="${escapeHtml(deck.date)}">${escapeHtml(formatDate(deck.date, options.lang))}</time>` : '';
      const errors = deck.errorCount > 0 ? ` · <strong class="deck-errors">${escapeHtml(strings.errors(deck.errorCount))}</strong>` : '';
      return `<li><a href="${escapeHtml(encodeURIComponent(deck.slug))}/"><span class="deck-title">${escapeHtml(deck.title || deck.slug)}</span><span class="deck-facts">${escapeHtml(strings.slides(deck.slideCount))}${date ? ' · ' : ''}${date}${errors}</span></a></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lesdia">
<link rel="icon" href="data:,">
<title>${escapeHtml(strings.deckList)}</title>
${clientScriptTag(options.clientEntry)}</head>
<body class="deck-index">
<main>
<h1>${escapeHtml(strings.deckList)}</h1>
<ul class="deck-list">
${items}
</ul>
</main>
</body>
</html>
`;
}
