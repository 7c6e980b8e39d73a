import { createHash } from 'node:crypto';
import type { ThemedToken } from 'shiki';
import { createCodeHighlighter, HighlighterNotReady, KNOWN_LANGUAGES, plainTokens, resolveCodeLanguage, type CodeHighlighter, type ShikiHighlighter } from './code-highlighter.ts';

/** A line of highlighted code as kept in the cache: each token's text and its colours. */
export type CachedLine = [content: string, style?: Record<string, string>][];

export interface CachingOptions {
  /** Highlighted code of earlier builds, by `highlightKey`; new results are added to it. */
  cache: Map<string, CachedLine[]>;
  /** Create Shiki at the first `loadLanguages` (a cold cache: most code is new) rather than at the first miss. */
  eager: boolean;
  /** @default createCodeHighlighter */
  create?: () => Promise<ShikiHighlighter>;
}

/** Where a piece of code's highlighting is kept: a hash of its language and text (the store's name says Shiki's version and themes). */
export function highlightKey(code: string, lang: string): string {
  return createHash('sha256').update(`${lang}\0${code}`).digest('base64url').slice(0, 32);
}

/**
 * A highlighter that answers from the cache of earlier builds and creates Shiki (a wasm engine, two themes,
 * the grammars: the larger part of a rebuild's time) only when some code is not in it. Tokenizing is
 * synchronous, so a miss without Shiki throws `HighlighterNotReady`: the compiler then awaits `ready()` and
 * compiles the deck again, this time with Shiki at hand. The output is the same as Shiki's, cached or not.
 */
export function createCachingHighlighter({ cache, eager, create = createCodeHighlighter }: CachingOptions): CodeHighlighter {
  let shiki: ShikiHighlighter | undefined;
  let creating: Promise<ShikiHighlighter> | undefined;
  // Every language asked for in this process: Shiki would have loaded each of them.
  const wanted = new Set<string>();
  const start = async (): Promise<ShikiHighlighter> => {
    creating ??= create().then((created) => (shiki = created));
    const created = await creating;
    await created.loadLanguages(wanted);
    return created;
  };
  // A first build needs Shiki anyway: it starts while the page is parsed.
  if (eager) start().catch(() => undefined);
  const loaded = (lang: string) => (shiki ? shiki.hasLanguage(lang) : wanted.has(lang));
  return {
    knownLanguages: KNOWN_LANGUAGES,
    resolveLanguage: resolveCodeLanguage,
    async loadLanguages(langs) {
      for (const lang of langs) {
        const name = resolveCodeLanguage(lang);
        if (name !== undefined && name !== 'text') wanted.add(name);
      }
      if (shiki || eager) await start();
    },
    async ready() {
      await start();
    },
    tokenize(code, lang) {
      if (lang === 'text') return plainTokens(code);
      // A language Shiki would not have loaded (another grammar's embedded one, say) is for Shiki to decide.
      if (!shiki && !wanted.has(lang)) throw new HighlighterNotReady();
      const key = highlightKey(code, lang);
      const hit = cache.get(key);
      if (hit && loaded(lang)) return toTokens(hit);
      if (!shiki) throw new HighlighterNotReady();
      const tokens = shiki.tokenize(code, lang);
      if (shiki.hasLanguage(lang)) cache.set(key, tokens.map((line) => line.map((token) => (token.htmlStyle ? [token.content, token.htmlStyle] : [token.content]))));
      return tokens;
    },
  };
}

/** Tokens as Shiki gives them: offsets count from the start of the code, lines joined by one `\n`. */
function toTokens(lines: readonly CachedLine[]): ThemedToken[][] {
  let offset = 0;
  return lines.map((line) => {
    const tokens = line.map(([content, style]): ThemedToken => {
      const token: ThemedToken = style ? { content, offset, htmlStyle: style } : { content, offset };
      offset += content.length;
      return token;
    });
    offset += 1;
    return tokens;
  });
}
