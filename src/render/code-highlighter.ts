import type { BundledLanguage, ThemedToken } from 'shiki';
import { bundledLanguages } from 'shiki/langs';

/** High-contrast themes: code must read on a washed-out projector. */
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/**
 * Shiki stops highlighting a line after 500 ms by default and leaves the rest plain. The first line of a
 * language also compiles its grammar, which on a busy machine takes longer than that, so the same page
 * built with different colours from run to run. A build can wait: the limit only stops a runaway grammar.
 */
const TOKENIZE_TIME_LIMIT_MS = 20_000;

const PLAIN_TEXT = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'output']);

/** Every language name Shiki knows (names and aliases), read without loading Shiki itself. */
export const KNOWN_LANGUAGES: readonly string[] = Object.keys(bundledLanguages);

/** Shiki, created once per process and handed to every compile through the render context. */
export interface CodeHighlighter {
  /** Loads grammars for these language names; unknown names are skipped (the renderer warns about them). */
  loadLanguages(langs: Iterable<string>): Promise<void>;
  /** The canonical name of a known language, `text` for plain text, undefined when unknown. */
  resolveLanguage(lang: string): string | undefined;
  /**
   * Tokenizes code in a loaded language, one array of tokens per line. A highlighter that creates Shiki
   * only when needed throws `HighlighterNotReady` instead, until `ready()` has settled.
   */
  tokenize(code: string, lang: string): ThemedToken[][];
  /** Every language name Shiki knows, for suggestions. */
  readonly knownLanguages: readonly string[];
  /** After it, `tokenize` never throws `HighlighterNotReady`. */
  ready?(): Promise<void>;
}

/** Shiki itself, which also says which languages it has loaded. */
export interface ShikiHighlighter extends CodeHighlighter {
  hasLanguage(lang: string): boolean;
}

/** Thrown by `tokenize` for code a highlighter cannot answer before its `ready()`; the compiler awaits it and starts over. */
export class HighlighterNotReady extends Error {
  constructor() {
    super('the code highlighter is not ready: await ready() and render again');
  }
}

export function resolveCodeLanguage(lang: string): string | undefined {
  const name = lang.toLowerCase();
  if (PLAIN_TEXT.has(name)) return 'text';
  return Object.hasOwn(bundledLanguages, name) ? name : undefined;
}

/** Code shown as it is: one token per line. */
export function plainTokens(code: string): ThemedToken[][] {
  return code.split('\n').map((content, offset) => [{ content, offset }]);
}

/**
 * Shiki with lesdia's two themes. `wasm` gives the binary of Shiki's regex engine (the build reads Shiki's
 * onig.wasm from disk: see project/oniguruma-wasm.ts); without it Shiki unpacks the copy it inlines.
 */
export async function createCodeHighlighter(wasm?: () => Uint8Array): Promise<ShikiHighlighter> {
  // Loaded here, not with the module: a rebuild that finds all its code in the cache never loads Shiki.
  // `shiki/bundle/full` is what `shiki` exports as createHighlighter, without the JavaScript regex engine
  // `shiki` also loads (three packages lesdia never uses).
  const [{ createHighlighter }, { createOnigurumaEngine }, { createTwoThemeTokenizer }] = await Promise.all([
    import('shiki/bundle/full'),
    import('shiki/engine/oniguruma'),
    import('./two-theme-tokens.ts'),
  ]);
  const shiki = await createHighlighter({
    themes: [CODE_THEMES.light, CODE_THEMES.dark],
    langs: [],
    engine: createOnigurumaEngine(wasm ? { instantiator: async (imports) => (await WebAssembly.instantiate(wasm() as BufferSource, imports)).instance.exports } : import('shiki/wasm')),
  });
  const twoThemes = createTwoThemeTokenizer(shiki, CODE_THEMES, TOKENIZE_TIME_LIMIT_MS);
  const hasLanguage = (lang: string) => shiki.getLoadedLanguages().includes(lang);
  return {
    knownLanguages: KNOWN_LANGUAGES,
    resolveLanguage: resolveCodeLanguage,
    hasLanguage,
    async loadLanguages(langs) {
      const loaded = new Set(shiki.getLoadedLanguages());
      const wanted = [...new Set([...langs].map(resolveCodeLanguage))].filter(
        (name): name is BundledLanguage => name !== undefined && name !== 'text' && !loaded.has(name),
      );
      if (wanted.length > 0) await shiki.loadLanguage(...wanted);
    },
    tokenize(code, lang) {
      // A language not loaded (a fence the pre-scan could not see) is shown plain rather than failing.
      if (lang === 'text' || !hasLanguage(lang)) return plainTokens(code);
      return twoThemes.tokenize(code, lang) ?? shiki.codeToTokens(code, { lang: lang as BundledLanguage, themes: CODE_THEMES, defaultColor: false, tokenizeTimeLimit: TOKENIZE_TIME_LIMIT_MS }).tokens;
    },
  };
}
