import { DiagnosticSink } from './diagnostics/diagnostic-sink.ts';
import { emitDeckBody, emitDeckShell } from './emit/emit-deck-page.ts';
import { emitSlide } from './emit/emit-slide.ts';
import { layoutDeck } from './layout/layout-deck.ts';
import { uiStrings } from './i18n/ui-strings.ts';
import type { Deck } from './model/deck.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import type { SourceDocument } from './model/source-document.ts';
import { checkEncoding } from './parse/check-encoding.ts';
import { parseDocument } from './parse/parse-document.ts';
import { HighlighterNotReady, type CodeHighlighter } from './render/code-highlighter.ts';
import { collectCodeLanguages } from './render/collect-code-languages.ts';
import type { ImageResolver } from './render/render-context.ts';
import { renderDeck } from './render/render-deck.ts';

export interface CompileOptions {
  highlighter: CodeHighlighter;
  resolveImage: ImageResolver;
  /** URL of the browser client for the page's module script. */
  clientEntry: string;
  /** For `--single-file`: remote resources cannot be inlined, so they are errors. */
  singleFile?: boolean;
}

export interface CompiledDeck {
  deck: Deck;
  /** The page without its slides (see DECK_BODY_MARKER). */
  shell: string;
  /** The `.reveal` element with every slide. */
  body: string;
  /** Every problem found, in source order; errors do not stop the deck from rendering. */
  diagnostics: Diagnostic[];
}

/** The one pipeline: parse → render → layout → emit, collecting diagnostics on the way. Pure but for Shiki's loading. */
export async function compileDeck(source: SourceDocument, options: CompileOptions): Promise<CompiledDeck> {
  try {
    return await compilePass(source, options);
  } catch (error) {
    // A highlighter that starts Shiki only for code it has not highlighted before (see cached-highlighter.ts)
    // stops the pass at the first such code; with Shiki ready, the deck is compiled again from the start.
    if (!(error instanceof HighlighterNotReady) || !options.highlighter.ready) throw error;
    await options.highlighter.ready();
    return compilePass(source, options);
  }
}

async function compilePass(source: SourceDocument, options: CompileOptions): Promise<CompiledDeck> {
  const sink = new DiagnosticSink(source.path);
  const tree = parseDocument(checkEncoding(source.text, source.invalidUtf8 ?? false, sink), sink);
  await options.highlighter.loadLanguages(collectCodeLanguages(tree));
  const strings = uiStrings(tree.meta.lang);
  const rendered = renderDeck(tree, {
    sink,
    highlighter: options.highlighter,
    resolveImage: options.resolveImage,
    strings,
    assets: new Map(),
    singleFile: options.singleFile ?? false,
    usesMath: false,
    nextId: createIdCounter(),
  });
  const slides = layoutDeck(rendered.slides, sink).map((slide) => emitSlide(slide, strings.continued));
  const deck: Deck = { meta: tree.meta, slides, assets: rendered.assets, usesMath: rendered.usesMath };
  const diagnostics = sink.diagnostics.toSorted((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return { deck, shell: emitDeckShell(deck, { clientEntry: options.clientEntry }), body: emitDeckBody(deck), diagnostics };
}

function createIdCounter(): (prefix: string) => string {
  let count = 0;
  return (prefix) => `${prefix}-${++count}`;
}
