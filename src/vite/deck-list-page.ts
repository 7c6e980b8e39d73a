import { emitIndexPage, type DeckSummary } from '../emit/emit-index-page.ts';
import type { DeckProject } from '../project/deck-project.ts';

/** The deck list (the site's `index.html`) in the language most decks are in, before any bundling. */
export async function renderDeckList(project: DeckProject, deckEntry: string, indexEntry: string): Promise<string> {
  const summaries: DeckSummary[] = [];
  const langs: string[] = [];
  for (const deck of project.listDecks()) {
    const { deck: compiled, diagnostics } = await project.compile(deck, deckEntry);
    langs.push(compiled.meta.lang);
    const summary: DeckSummary = { slug: deck.slug, title: compiled.meta.title, slideCount: compiled.slides.length, errorCount: diagnostics.filter((d) => d.severity === 'error').length };
    if (compiled.meta.date) summary.date = compiled.meta.date;
    summaries.push(summary);
  }
  return emitIndexPage(summaries, { clientEntry: indexEntry, lang: mostCommon(langs) ?? 'nl' });
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].toSorted((a, b) => b[1] - a[1])[0]?.[0];
}
