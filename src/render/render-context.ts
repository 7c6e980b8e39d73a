import type { DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import type { DeckAsset } from '../model/deck.ts';
import type { CodeHighlighter } from './code-highlighter.ts';

/** What an image reference turned out to be; the adapter that knows the disk decides. */
export type ImageResolution =
  | { kind: 'found'; asset: DeckAsset }
  | { kind: 'missing'; file: string }
  | { kind: 'outside' }
  | { kind: 'external'; url: string };

/** Resolves an image `src` as written in the page. Supplied by the adapter (it may look at the disk). */
export type ImageResolver = (src: string) => ImageResolution;

/** Everything the render stage needs, passed down explicitly: no module-level state. */
export interface RenderContext {
  sink: DiagnosticSink;
  highlighter: CodeHighlighter;
  resolveImage: ImageResolver;
  strings: UiStrings;
  /** Images the deck uses, collected while rendering. */
  assets: Map<string, DeckAsset>;
  /** Building one self-contained file: a remote resource is an error, not a warning. */
  singleFile: boolean;
  /** Set when a formula was typeset, so the page carries KaTeX's stylesheet. */
  usesMath: boolean;
  /** A page-unique, deterministic id, such as `lesdia-arrow-3`. */
  nextId: (prefix: string) => string;
}
