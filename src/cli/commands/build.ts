import { statSync } from 'node:fs';
import path from 'node:path';
import { createAnnotationsStore } from '../../project/annotations-store.ts';
import { createDeckProject, outputGuard } from '../../project/deck-project.ts';
import { prepareOutputFolder } from '../../project/output-folder.ts';
import { siteKey, writeSiteStamp } from '../../project/site-stamp.ts';
import { buildSingleFiles, buildSite } from '../../vite/build-site.ts';
import { BUILD_CLIENT_ENTRY } from '../../vite/client-entries.ts';
import { loadClientBundle } from '../../vite/client-bundle.ts';
import { EXIT_INPUT_ERRORS, EXIT_OK, relative, requireDecks, resolveInput } from '../cli-support.ts';
import type { ParsedArgs } from '../parse-args.ts';
import { inkKey, inkOptions, reportAnnotations } from '../report-annotations.ts';
import { checkDecks } from '../report-diagnostics.ts';

/** `lesdia build [DIR|FILE…] [--out DIR] [--single-file] [--no-ink]`: nothing is built while a page has errors. */
export async function run(args: ParsedArgs): Promise<number> {
  const started = performance.now();
  const outDir = path.resolve(String(args.flags.get('out') ?? 'dist'));
  const singleFile = args.flags.has('single-file');
  const input = { ...resolveInput(args.positionals), singleFile };
  const project = createDeckProject(input);
  // The drawings of annotations/<deck>.json go into the decks unless --no-ink.
  const annotations = args.flags.has('no-ink') ? undefined : createAnnotationsStore(project.projectDir);
  const guard = outputGuard(project);
  // Refused before anything is compiled or written.
  prepareOutputFolder(outDir, guard);
  const decks = requireDecks(project);
  // The browser client is read from its cache (or, once per version of lesdia, built) while the pages compile.
  const clientBundle = singleFile ? undefined : loadClientBundle();
  clientBundle?.catch(() => undefined);
  // The site build below reuses these results through the same project; a single-file build builds each
  // deck on its own and compiles it again there.
  const result = await checkDecks(project, BUILD_CLIENT_ENTRY, (line) => console.error(line));
  if (result.errors > 0) {
    console.error(`lesdia: not built; ${relative(outDir)} is left as it was`);
    return EXIT_INPUT_ERRORS;
  }
  if (annotations) await reportAnnotations(project, annotations, BUILD_CLIENT_ENTRY, (line) => console.error(line));
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  if (singleFile) {
    const files = await buildSingleFiles({ ...input, ...inkOptions(annotations), outDir, decks, guard });
    for (const file of files) console.log(`lesdia: ${relative(file)} (${Math.round(statSync(file).size / 1024)} KB)`);
    console.log(`lesdia: built ${files.length} single-file deck${files.length === 1 ? '' : 's'} in ${seconds()} s`);
    return EXIT_OK;
  }
  await buildSite({ ...input, ...inkOptions(annotations), project, outDir, guard, ...(clientBundle ? { clientBundle } : {}) });
  // `lesdia pdf` prints from this site while it is current instead of building its own.
  writeSiteStamp(outDir, (await siteKey(project, BUILD_CLIENT_ENTRY)) + inkKey(project, annotations));
  console.log(`lesdia: built ${result.decks} deck${result.decks === 1 ? '' : 's'}, ${result.slides} slides in ${seconds()} s → ${relative(outDir) || '.'}/`);
  return EXIT_OK;
}
