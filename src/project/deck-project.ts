import path from 'node:path';
import type { CompiledDeck } from '../compile.ts';
import { DiagnosticSink, lineRange } from '../diagnostics/diagnostic-sink.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { CodeHighlighter } from '../render/code-highlighter.ts';
import type { HighlightStore } from './highlight-cache.ts';
import { openCompiledDeckCache, recordingResolver, type CompiledDeckCache } from './compiled-deck-cache.ts';
import type { OutputGuard } from './output-folder.ts';
import { listPages } from './list-pages.ts';
import { findProjectRoot } from './project-root.ts';
import { readPage } from './read-page.ts';
import { createImageResolver } from './resolve-image.ts';

export interface DeckProjectOptions {
  /** The folder of course pages; every `*.md` in it is a deck. */
  slidesDir: string;
  /** The folder `/_assets/` maps to; by default `assets/` beside the slides folder. */
  assetsDir?: string;
  /** Nothing outside this folder is read; by default the slides folder's parent (see `findProjectRoot`). */
  projectDir?: string;
  /** Only these pages of the folder (absolute paths); by default all of them. */
  files?: string[];
  /** Building self-contained single files: remote resources are errors. */
  singleFile?: boolean;
}

export interface DeckFile {
  /** The deck's folder in the site: the file name without `.md`. */
  slug: string;
  /** Absolute path. */
  file: string;
  /** Path as shown in messages, relative to the working directory. */
  displayPath: string;
}

/** The course pages of one folder, compiled with the disk behind them; compiled decks are cached by content. */
export interface DeckProject {
  readonly slidesDir: string;
  readonly projectDir: string;
  readonly assetsDir: string;
  listDecks(): DeckFile[];
  findDeck(slug: string): DeckFile | undefined;
  /** `*.md` entries that are not read (a folder, a FIFO, a link out of the project), as warnings. */
  skipped(): Diagnostic[];
  compile(deck: DeckFile, clientEntry: string): Promise<CompiledDeck>;
}

export function createDeckProject(options: DeckProjectOptions): DeckProject {
  const slidesDir = path.resolve(options.slidesDir);
  const projectDir = path.resolve(options.projectDir ?? findProjectRoot(slidesDir));
  const assetsDir = path.resolve(options.assetsDir ?? path.join(projectDir, 'assets'));
  let store: HighlightStore | undefined;
  let decks: CompiledDeckCache | undefined;
  let highlighter: CodeHighlighter | undefined;
  const cache = new Map<string, { key: string; result: Promise<CompiledDeck> }>();

  const listDecks = (): DeckFile[] =>
    listPages(slidesDir, projectDir)
      .pages.map((file) => deckFile(file))
      .filter((deck) => !options.files || options.files.includes(deck.file));

  return {
    slidesDir,
    projectDir,
    assetsDir,
    listDecks,
    findDeck: (slug) => listDecks().find((deck) => deck.slug === slug),
    skipped: () =>
      listPages(slidesDir, projectDir)
        .skipped.filter(({ file }) => !options.files || options.files.includes(file))
        .map(({ file, reason }) => {
          const sink = new DiagnosticSink(deckFile(file).displayPath);
          sink.report('page-skipped', lineRange(1), { reason });
          return sink.diagnostics[0] as Diagnostic;
        }),
    compile(deck, clientEntry) {
      const { text, invalidUtf8 } = readPage(deck.file);
      const key = `${clientEntry}\0${invalidUtf8}\0${text}`;
      const cached = cache.get(deck.file);
      if (cached?.key === key) return cached.result;
      const input = { displayPath: deck.displayPath, text, invalidUtf8, clientEntry, singleFile: options.singleFile ?? false };
      const resolveImage = createImageResolver({ pageDir: path.dirname(deck.file), assetsDir, projectDir });
      // A page compiled by an earlier run, with the same lesdia and the same images, is read back.
      decks ??= openCompiledDeckCache(projectDir);
      const earlier = decks.read(deck.file, input, resolveImage);
      if (earlier) {
        const result = Promise.resolve(earlier);
        cache.set(deck.file, { key, result });
        return result;
      }
      const compiledDecks = decks;
      const images = recordingResolver(resolveImage);
      const result = (async () => {
        // The compiler (marked, parse5, YAML, KaTeX, Shiki's tables) loads only when a page is compiled: a
        // rebuild that reads every page back never loads it.
        const [{ compileDeck }, { createCachingHighlighter }, { createCodeHighlighter }, { openHighlightStore }, { readOnigurumaWasm }] = await Promise.all([
          import('../compile.ts'),
          import('../render/cached-highlighter.ts'),
          import('../render/code-highlighter.ts'),
          import('./highlight-cache.ts'),
          import('./oniguruma-wasm.ts'),
        ]);
        // Code highlighted by an earlier build is read from the project's cache; Shiki starts only for new code.
        store ??= openHighlightStore(projectDir);
        highlighter ??= createCachingHighlighter({ cache: store.entries, eager: store.empty, create: () => createCodeHighlighter(readOnigurumaWasm) });
        const compiled = await compileDeck({ path: deck.displayPath, text, invalidUtf8 }, { highlighter, clientEntry, singleFile: input.singleFile, resolveImage: images.resolve });
        store.save();
        compiledDecks.write(deck.file, input, images.images, compiled);
        return compiled;
      })();
      cache.set(deck.file, { key, result });
      return result;
    },
  };
}

export function deckFile(file: string): DeckFile {
  const absolute = path.resolve(file);
  return { slug: path.basename(absolute, '.md'), file: absolute, displayPath: path.relative(process.cwd(), absolute) || absolute };
}

/** What an output folder may not be for this project: its pages and assets are read, never replaced. */
export function outputGuard(project: Pick<DeckProject, 'slidesDir' | 'assetsDir' | 'projectDir'>): OutputGuard {
  return { sources: [project.slidesDir, project.assetsDir], around: [project.projectDir] };
}
