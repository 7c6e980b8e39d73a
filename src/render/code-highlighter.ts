import { bundledLanguages, createHighlighter, type ThemedToken } from 'shiki';

/** High-contrast themes: code must read on a washed-out projector. */
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/**
 * Shiki stops highlighting a line after 500 ms by default and leaves the rest plain. The first line of a
 * language also compiles its grammar, which on a busy machine takes longer than that, so the same page
 * built with different colours from run to run. A build can wait: the limit only stops a runaway grammar.
 */
const TOKENIZE_TIME_LIMIT_MS = 20_000;

const PLAIN_TEXT = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'output']);

/** Shiki, created once per process and handed to every compile through the render context. */
export interface CodeHighlighter {
  /** Loads grammars for these language names; unknown names are skipped (the renderer warns about them). */
  loadLanguages(langs: Iterable<string>): Promise<void>;
  /** The canonical name of a known language, `text` for plain text, undefined when unknown. */
  resolveLanguage(lang: string): string | undefined;
  /** Tokenizes code in a loaded language, one array of tokens per line. */
  tokenize(code: string, lang: string): ThemedToken[][];
  /** Every language name Shiki knows, for suggestions. */
  readonly knownLanguages: readonly string[];
}

export async function createCodeHighlighter(): Promise<CodeHighlighter> {
  const shiki = await createHighlighter({ themes: [CODE_THEMES.light, CODE_THEMES.dark], langs: [] });
  const resolveLanguage = (lang: string): string | undefined => {
    const name = lang.toLowerCase();
    if (PLAIN_TEXT.has(name)) return 'text';
    return Object.hasOwn(bundledLanguages, name) ? name : undefined;
  };
  return {
    knownLanguages: Object.keys(bundledLanguages),
    resolveLanguage,
    async loadLanguages(langs) {
      const loaded = new Set(shiki.getLoadedLanguages());
      const wanted = [...new Set([...langs].map(resolveLanguage))].filter(
        (name): name is keyof typeof bundledLanguages => name !== undefined && name !== 'text' && !loaded.has(name),
      );
      if (wanted.length > 0) await shiki.loadLanguage(...wanted);
    },
    tokenize(code, lang) {
      // A language not loaded (a fence the pre-scan could not see) is shown plain rather than failing.
      if (lang === 'text' || !shiki.getLoadedLanguages().includes(lang)) return code.split('\n').map((content, offset) => [{ content, offset }]);
      return shiki.codeToTokens(code, { lang: lang as keyof typeof bundledLanguages, themes: CODE_THEMES, defaultColor: false, tokenizeTimeLimit: TOKENIZE_TIME_LIMIT_MS }).tokens;
    },
  };
}
