import { readFileSync } from 'node:fs';
import { formatDiagnostic, summarizeDiagnostics } from '../diagnostics/format-diagnostic.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { DeckProject } from '../project/deck-project.ts';

/** Compiles every deck, prints every problem with its code frame; returns the number of errors. */
export async function checkDecks(project: DeckProject, clientEntry: string, log: (line: string) => void): Promise<{ errors: number; slides: number; decks: number }> {
  const all: Diagnostic[] = [];
  let slides = 0;
  const decks = project.listDecks();
  for (const deck of decks) {
    const compiled = await project.compile(deck, clientEntry);
    slides += compiled.deck.slides.length;
    const text = readFileSync(deck.file, 'utf8');
    for (const diagnostic of compiled.diagnostics) log(`${formatDiagnostic(diagnostic, text)}\n`);
    all.push(...compiled.diagnostics);
  }
  if (all.length > 0) log(summarizeDiagnostics(all));
  return { errors: all.filter((d) => d.severity === 'error').length, slides, decks: decks.length };
}
