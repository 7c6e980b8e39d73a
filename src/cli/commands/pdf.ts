import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchPrintBrowser } from '../../browser/launch-print-browser.ts';
import { exportPdfs, PRINT_VIEWPORT, type PdfExport, type PdfLayout } from '../../pdf/export-pdf.ts';
import { createAnnotationsStore } from '../../project/annotations-store.ts';
import { createDeckProject, outputGuard } from '../../project/deck-project.ts';
import { prepareOutputFolder } from '../../project/output-folder.ts';
import { siteKey } from '../../project/site-stamp.ts';
import { withOutputFolder, writeMarker } from '../../vite/build-site.ts';
import { BUILD_CLIENT_ENTRY } from '../../vite/client-entries.ts';
import { EXIT_INPUT_ERRORS, EXIT_OK, relative, requireDecks, resolveInput, UsageError } from '../cli-support.ts';
import type { ParsedArgs } from '../parse-args.ts';
import { inkKey, inkOptions, reportAnnotations } from '../report-annotations.ts';
import { checkDecks } from '../report-diagnostics.ts';

/** `lesdia pdf [DIR|FILE…] [--steps] [--handout[=3] [--answers]] [--out DIR] [--no-ink]`: written, read back and verified. */
export async function run(args: ParsedArgs): Promise<number> {
  const layout = pdfLayout(args.flags);
  const answers = args.flags.has('answers');
  if (answers && !layout.startsWith('handout')) throw new UsageError('--answers goes with --handout: slides and steps already end with each answer shown');
  const outDir = path.resolve(String(args.flags.get('out') ?? 'dist'));
  const input = resolveInput(args.positionals);
  const project = createDeckProject(input);
  const guard = outputGuard(project);
  prepareOutputFolder(outDir, guard);
  const decks = requireDecks(project);
  // Chromium starts while the pages compile; the export closes it, and so does any way out before that.
  const browser = launchPrintBrowser(PRINT_VIEWPORT);
  browser.catch(() => undefined);
  let handedOver = false;
  try {
    const result = await checkDecks(project, BUILD_CLIENT_ENTRY, (line) => console.error(line));
    if (result.errors > 0) {
      console.error('lesdia: no PDF written; fix the errors above first');
      return EXIT_INPUT_ERRORS;
    }
    const annotations = args.flags.has('no-ink') ? undefined : createAnnotationsStore(project.projectDir);
    if (annotations) await reportAnnotations(project, annotations, BUILD_CLIENT_ENTRY, (line) => console.error(line));
    const withMeta = await Promise.all(decks.map(async (file) => ({ file, meta: (await project.compile(file, BUILD_CLIENT_ENTRY)).deck.meta })));
    const log = (line: string) => console.error(`lesdia: ${line}`);
    // The PDFs go into a folder lesdia owns (dist/ beside the site), which no build replaces meanwhile.
    const exports = await withOutputFolder(outDir, guard, log, async () => {
      mkdirSync(outDir, { recursive: true });
      // The site `lesdia build` left in the output folder is printed from when it is current.
      const reuseSite = { dir: outDir, key: (await siteKey(project, BUILD_CLIENT_ENTRY)) + inkKey(project, annotations) };
      handedOver = true;
      const made = await exportPdfs({ ...input, ...inkOptions(annotations), project }, withMeta, { layout, answers, outDir, log, browser, reuseSite });
      writeMarker(outDir, made.map((pdf) => path.basename(pdf.file)));
      return made;
    });
    return report(exports);
  } finally {
    if (!handedOver) await (await browser.catch(() => undefined))?.close();
  }
}

function report(exports: readonly PdfExport[]): number {
  let failed = false;
  for (const made of exports) {
    const size = made.bytes > 1024 * 1024 ? `${(made.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(made.bytes / 1024)} KB`;
    console.log(`lesdia: ${relative(made.file)}: ${made.pages} pages, ${size}, ${made.seconds.toFixed(1)} s`);
    if (made.otherFonts.length > 0) console.log(`  fallback fonts for a few glyphs: ${made.otherFonts.join(', ')}`);
    for (const problem of made.problems) console.error(`lesdia: ${relative(made.file)}: ${problem}`);
    failed ||= made.problems.length > 0;
  }
  return failed ? EXIT_INPUT_ERRORS : EXIT_OK;
}

function pdfLayout(flags: ReadonlyMap<string, string | true>): PdfLayout {
  const handout = flags.get('handout');
  if (handout !== undefined && flags.has('steps')) throw new UsageError('--steps and --handout cannot be combined');
  if (handout === true || handout === '1') return 'handout';
  if (handout === '3') return 'handout-3';
  if (handout !== undefined) throw new UsageError(`--handout takes 1 or 3 slides a page, not ${handout}`);
  return flags.has('steps') ? 'steps' : 'slides';
}
