import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { DeckProject } from '../project/deck-project.ts';

/** Why nothing may be built: every error of every page, formatted with its code frame; undefined when none. */
export async function describePageErrors(project: DeckProject, clientEntry: string): Promise<string | undefined> {
  const failures: string[] = [];
  for (const deck of project.listDecks()) {
    const compiled = await project.compile(deck, clientEntry);
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      const text = readFileSync(deck.file, 'utf8');
      failures.push(...errors.map((d) => formatDiagnostic(d, text)));
    }
  }
  if (failures.length === 0) return undefined;
  return `lesdia: ${failures.length} error${failures.length === 1 ? '' : 's'} in the course pages; nothing is built\n\n${failures.join('\n\n')}`;
}
