import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createServer, preview } from 'vite';
import { buildSingleFiles, buildSite } from '../vite/build-site.ts';
import { formatDiagnostic, summarizeDiagnostics } from '../diagnostics/format-diagnostic.ts';
import { checkSite } from '../export/check-site.ts';
import { SetupError } from '../export/locate-chromium.ts';
import { exportPdfs, type PdfLayout } from '../export/export-pdf.ts';
import { createDeckProject } from '../project/deck-project.ts';
import { createSiteConfig } from '../vite/vite-config.ts';
import { parseArgs } from './parse-args.ts';
import { checkDecks } from './report-diagnostics.ts';

const USAGE = `usage: lesdia <command> [options]

  lesdia dev [DIR] [--port N]            dev server with hot reload for the course pages in DIR (default: slides/)
  lesdia build [DIR|FILE…] [--out DIR] [--single-file]
                                         static site: OUT/index.html and OUT/<deck>/index.html (default: dist/);
                                         --single-file: one self-contained OUT/<deck>.html per deck, for a USB stick
  lesdia preview [--out DIR] [--port N]  serves a built site
  lesdia pdf [DIR|FILE…] [--steps] [--handout[=3]] [--out DIR]
                                         OUT/<deck>.pdf, one page per slide; --steps: one page per build step;
                                         --handout: A4 with each slide above its notes; --handout=3: three
                                         slides a page beside ruled lines
  lesdia check [DIR|FILE…] [--json] [--small]
                                         renders every slide and step in Chromium at 1920×1080 (--small: 1024×768)
                                         and reports overflow, small text, clipped code, missing alt text,
                                         broken links, low contrast and slides without notes

Exit status: 0 done, 1 the course pages have errors, 2 a usage error.`;

const EXIT_OK = 0;
const EXIT_INPUT_ERRORS = 1;
const EXIT_USAGE = 2;

/** The `lesdia` command; returns its exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest, ['out', 'port']);
  const port = args.flags.has('port') ? Number(args.flags.get('port')) : undefined;
  const outDir = path.resolve(String(args.flags.get('out') ?? 'dist'));
  try {
    switch (command) {
      case 'dev':
        return await runDev(args.positionals, port);
      case 'build':
        return await runBuild(args.positionals, outDir, args.flags.has('single-file'));
      case 'preview':
        return await runPreview(outDir, port);
      case 'pdf':
        return await runPdf(args.positionals, outDir, pdfLayout(args.flags));
      case 'check':
        return await runCheck(args.positionals, args.flags.has('json'), args.flags.has('small'));
      case undefined:
      case 'help':
      case '--help':
        console.log(USAGE);
        return command ? EXIT_OK : EXIT_USAGE;
      default:
        console.error(`lesdia: unknown command '${command}'\n\n${USAGE}`);
        return EXIT_USAGE;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`lesdia: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (error instanceof SetupError) {
      console.error(`lesdia: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

class UsageError extends Error {}

/** `DIR` or `FILE…` to the slides folder and, for files, which decks of it to take. */
function resolveInput(positionals: readonly string[]): { slidesDir: string; files?: string[] } {
  if (positionals.length === 0) return { slidesDir: path.resolve('slides') };
  const [first = ''] = positionals;
  if (positionals.length === 1 && existsSync(first) && statSync(first).isDirectory()) return { slidesDir: path.resolve(first) };
  for (const file of positionals) {
    if (!existsSync(file)) throw new UsageError(`no such file or folder: ${file}`);
    if (!file.endsWith('.md')) throw new UsageError(`not a course page (.md): ${file}`);
  }
  const dirs = new Set(positionals.map((file) => path.dirname(path.resolve(file))));
  if (dirs.size > 1) throw new UsageError('course pages given as files must share one folder');
  return { slidesDir: [...dirs][0] ?? path.resolve('slides'), files: positionals.map((file) => path.resolve(file)) };
}

async function runDev(positionals: readonly string[], port: number | undefined): Promise<number> {
  const input = resolveInput(positionals);
  const server = await createServer({ ...createSiteConfig({ ...input, port: port ?? 5173 }), logLevel: 'info' });
  await server.listen();
  server.printUrls();
  return await new Promise<number>(() => undefined);
}

async function runBuild(positionals: readonly string[], outDir: string, singleFile: boolean): Promise<number> {
  const started = performance.now();
  const input = { ...resolveInput(positionals), singleFile };
  const project = createDeckProject(input);
  if (project.listDecks().length === 0) throw new UsageError(`no course pages (*.md) in ${path.relative(process.cwd(), input.slidesDir) || '.'}`);
  const result = await checkDecks(project, 'client.ts', (line) => console.error(line));
  if (result.errors > 0) {
    console.error(`lesdia: not built; ${path.relative(process.cwd(), outDir)} is left as it was`);
    return EXIT_INPUT_ERRORS;
  }
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  if (singleFile) {
    const files = await buildSingleFiles({ ...input, outDir, decks: project.listDecks() });
    for (const file of files) console.log(`lesdia: ${path.relative(process.cwd(), file)} (${Math.round(statSync(file).size / 1024)} KB)`);
    console.log(`lesdia: built ${files.length} single-file deck${files.length === 1 ? '' : 's'} in ${seconds()} s`);
    return EXIT_OK;
  }
  await buildSite({ ...input, outDir });
  console.log(`lesdia: built ${result.decks} deck${result.decks === 1 ? '' : 's'}, ${result.slides} slides in ${seconds()} s → ${path.relative(process.cwd(), outDir) || '.'}/`);
  return EXIT_OK;
}

async function runCheck(positionals: readonly string[], json: boolean, small: boolean): Promise<number> {
  const input = resolveInput(positionals);
  const project = createDeckProject(input);
  const decks = project.listDecks();
  if (decks.length === 0) throw new UsageError(`no course pages (*.md) in ${path.relative(process.cwd(), input.slidesDir) || '.'}`);
  const compiled = await Promise.all(decks.map(async (deck) => ({ deck, result: await project.compile(deck, 'client.ts') })));
  const diagnostics = compiled.flatMap(({ result }) => result.diagnostics);
  if (!diagnostics.some((d) => d.severity === 'error')) {
    const viewport = small ? { width: 1024, height: 768 } : { width: 1920, height: 1080 };
    diagnostics.push(...(await checkSite(input, decks, { viewport })));
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (json) {
    console.log(JSON.stringify(diagnostics, null, 2));
  } else {
    const texts = new Map(decks.map((deck) => [deck.displayPath, readFileSync(deck.file, 'utf8')]));
    for (const diagnostic of diagnostics) console.log(`${formatDiagnostic(diagnostic, texts.get(diagnostic.file) ?? '')}\n`);
    const slides = compiled.reduce((sum, { result }) => sum + result.deck.slides.length, 0);
    console.log(`lesdia check: ${decks.length} deck${decks.length === 1 ? '' : 's'}, ${slides} slides: ${summarizeDiagnostics(diagnostics)}`);
  }
  return errors > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
}

function pdfLayout(flags: Map<string, string | true>): PdfLayout {
  const handout = flags.get('handout');
  if (handout !== undefined && flags.has('steps')) throw new UsageError('--steps and --handout cannot be combined');
  if (handout === true || handout === '1') return 'handout';
  if (handout === '3') return 'handout-3';
  if (handout !== undefined) throw new UsageError(`--handout takes 1 or 3 slides a page, not ${handout}`);
  return flags.has('steps') ? 'steps' : 'slides';
}

async function runPdf(positionals: readonly string[], outDir: string, layout: PdfLayout): Promise<number> {
  const input = resolveInput(positionals);
  const project = createDeckProject(input);
  const decks = project.listDecks();
  if (decks.length === 0) throw new UsageError(`no course pages (*.md) in ${path.relative(process.cwd(), input.slidesDir) || '.'}`);
  const result = await checkDecks(project, 'client.ts', (line) => console.error(line));
  if (result.errors > 0) {
    console.error('lesdia: no PDF written; fix the errors above first');
    return EXIT_INPUT_ERRORS;
  }
  const withMeta = await Promise.all(decks.map(async (file) => ({ file, meta: (await project.compile(file, 'client.ts')).deck.meta })));
  mkdirSync(outDir, { recursive: true });
  const exports = await exportPdfs(input, withMeta, { layout, outDir, log: (line) => console.error(`lesdia: ${line}`) });
  let failed = false;
  for (const made of exports) {
    const size = made.bytes > 1024 * 1024 ? `${(made.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(made.bytes / 1024)} KB`;
    console.log(`lesdia: ${path.relative(process.cwd(), made.file)}: ${made.pages} pages, ${size}, ${made.seconds.toFixed(1)} s`);
    if (made.otherFonts.length > 0) console.log(`  fallback fonts for a few glyphs: ${made.otherFonts.join(', ')}`);
    for (const problem of made.problems) console.error(`lesdia: ${path.relative(process.cwd(), made.file)}: ${problem}`);
    failed ||= made.problems.length > 0;
  }
  return failed ? EXIT_INPUT_ERRORS : EXIT_OK;
}

async function runPreview(outDir: string, port: number | undefined): Promise<number> {
  if (!existsSync(path.join(outDir, 'index.html'))) throw new UsageError(`no built site in ${outDir}; run lesdia build first`);
  const server = await preview({ configFile: false, root: outDir, base: './', build: { outDir }, preview: { port: port ?? 4173, strictPort: port !== undefined } });
  server.printUrls();
  return await new Promise<number>(() => undefined);
}
