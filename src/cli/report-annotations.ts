import { createHash } from 'node:crypto';
import { DiagnosticSink, lineRange } from '../diagnostics/diagnostic-sink.ts';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import { slideIds } from '../emit/slide-ids.ts';
import type { AnnotationsStore } from '../project/annotations-store.ts';
import type { DeckProject } from '../project/deck-project.ts';
import { closestName } from '../shared/closest-name.ts';
import { serializeAnnotations } from '../shared/ink/apply-ink-change.ts';
import { locateJson, positionAt } from '../shared/ink/locate-json.ts';

/**
 * Prints what is wrong with the decks' drawings (`annotations/<deck>.json`): a file that does not read, a
 * stroke left out, drawings for a slide the deck no longer has. Warnings only: the decks build regardless.
 */
export async function reportAnnotations(project: DeckProject, store: AnnotationsStore, clientEntry: string, log: (line: string) => void): Promise<void> {
  for (const deck of project.listDecks()) {
    const { annotations, diagnostics, text } = store.read(deck.slug);
    const sink = new DiagnosticSink(store.displayPath(deck.slug));
    const ids = slideIds((await project.compile(deck, clientEntry)).deck.slides.map((slide) => slide.title));
    for (const slide of Object.keys(annotations.slides).filter((id) => !ids.includes(id))) {
      const { line, column } = positionAt(text, Math.max(0, text.lastIndexOf(JSON.stringify(slide), locateJson(text, ['slides', slide]))));
      const suggestion = closestName(slide, ids, Math.max(2, Math.floor(slide.length / 3)));
      sink.report('annotations-unknown-slide', lineRange(line, column, slide.length + 2), suggestion ? { slide, suggestion } : { slide });
    }
    for (const diagnostic of [...diagnostics, ...sink.diagnostics]) log(`${formatDiagnostic(diagnostic, text)}\n`);
  }
}

/** The site options that show a store's drawings, or none (`--no-ink`). */
export function inkOptions(store: AnnotationsStore | undefined): { ink: boolean; annotations?: AnnotationsStore } {
  return store ? { ink: true, annotations: store } : { ink: false };
}

/** What a built site's stamp adds for its drawings, so `lesdia pdf` never prints from a site with other ink. */
export function inkKey(project: DeckProject, store: AnnotationsStore | undefined): string {
  if (!store) return ' no-ink';
  const hash = createHash('sha256');
  for (const deck of project.listDecks()) hash.update(`${deck.slug}\n${serializeAnnotations(store.read(deck.slug).annotations)}`);
  return ` ink:${hash.digest('hex')}`;
}
