import { readFileSync } from 'node:fs';
import { formatDiagnostic, summarizeDiagnostics } from '../../diagnostics/format-diagnostic.ts';
import { checkSite } from '../../check/check-site.ts';
import { createDeckProject } from '../../project/deck-project.ts';
import { BUILD_CLIENT_ENTRY } from '../../vite/client-entries.ts';
import { EXIT_INPUT_ERRORS, EXIT_OK, requireDecks, resolveInput } from '../cli-support.ts';
import type { ParsedArgs } from '../parse-args.ts';

/** `lesdia check [DIR|FILE…] [--json] [--small]`: the compiler's diagnostics, then Chromium's findings. */
export async function run(args: ParsedArgs): Promise<number> {
  const input = resolveInput(args.positionals);
  const project = createDeckProject(input);
  const json = args.flags.has('json');
  const decks = requireDecks(project, json);
  const compiled = await Promise.all(decks.map(async (deck) => ({ deck, result: await project.compile(deck, BUILD_CLIENT_ENTRY) })));
  const diagnostics = [...(json ? project.skipped() : []), ...compiled.flatMap(({ result }) => result.diagnostics)];
  if (!diagnostics.some((d) => d.severity === 'error')) {
    const viewport = args.flags.has('small') ? { width: 1024, height: 768 } : { width: 1920, height: 1080 };
    diagnostics.push(...(await checkSite({ ...input, project }, decks, { viewport })));
  }
  if (json) {
    console.log(JSON.stringify(diagnostics, null, 2));
  } else {
    const texts = new Map(decks.map((deck) => [deck.displayPath, readFileSync(deck.file, 'utf8')]));
    for (const diagnostic of diagnostics) console.log(`${formatDiagnostic(diagnostic, texts.get(diagnostic.file) ?? '')}\n`);
    const slides = compiled.reduce((sum, { result }) => sum + result.deck.slides.length, 0);
    console.log(`lesdia check: ${decks.length} deck${decks.length === 1 ? '' : 's'}, ${slides} slides: ${summarizeDiagnostics(diagnostics)}`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? EXIT_INPUT_ERRORS : EXIT_OK;
}
