import type { ThemedToken, ThemeRegistrationResolved } from 'shiki';
import { applyColorReplacements, flatTokenVariants, resolveColorReplacements, splitLines } from 'shiki/core';
import { EncodedTokenMetadata, Theme, type IGrammar, type StateStack } from 'shiki/textmate';

/**
 * What `codeToTokens(code, { lang, themes: { light, dark }, defaultColor: false })` gives, from ONE pass of the
 * grammar instead of Shiki's one pass per theme (the grammar's regular expressions are most of the time).
 *
 * Shiki tokenizes each line with `tokenizeLine2`, whose tokens are the grammar's scope changes merged where the
 * theme's encoded metadata (language, token type, brackets bit, font style, colours) stays the same; then it
 * splits both themes' tokens at each other's boundaries. Here the line is tokenized once with `tokenizeLine`,
 * which gives the same scope changes unmerged with their scope names; each theme's metadata is worked out from
 * the names exactly as vscode-textmate's AttributedScopeStack does while tokenizing (a fold over the scope path:
 * the scope's basic attributes and the theme's match for the path so far), kept per scope path, and merged the
 * same way. The rest (colour replacements, splitting, the CSS variables) is Shiki's own code or a copy of it.
 */
export interface TwoThemeTokenizer {
  /** Undefined where this path does not apply (a language Shiki treats specially): ask Shiki. */
  tokenize(code: string, lang: string): ThemedToken[][] | undefined;
}

/** The parts of vscode-textmate's Grammar this reads besides `IGrammar` (public members of the class). */
interface TextmateGrammar extends IGrammar {
  getMetadataForScope(scope: string): { languageId: number; tokenType: number };
  readonly balancedBracketSelectors: { readonly matchesAlways: boolean; readonly matchesNever: boolean; match(scopes: string[]): boolean } | null;
}

interface ScopePath {
  parent: ScopePath | null;
  scopeName: string;
}

interface ThemeState {
  textmate: Theme;
  colorMap: string[];
  replacements: Record<string, string | undefined>;
}

/** Token metadata of one scope path under one theme, as vscode-textmate encodes it. */
type Metadata = number;

const NOT_SET_TOKEN_TYPE = 8;
const NOT_SET_FONT_STYLE = -1;

export function createTwoThemeTokenizer(
  shiki: { getTheme(name: string): ThemeRegistrationResolved; getLanguage(name: string): IGrammar },
  themes: { readonly light: string; readonly dark: string },
  tokenizeTimeLimit: number,
): TwoThemeTokenizer {
  const states: ThemeState[] = (['light', 'dark'] as const).map((variant) => {
    const theme = shiki.getTheme(themes[variant]);
    // Built as Shiki's registry builds it (same input, same colour ids); only `match` and the colour map are read.
    const textmate = Theme.createFromRawTheme(theme);
    return { textmate, colorMap: textmate.getColorMap(), replacements: resolveColorReplacements(theme, {}) };
  });
  // Per grammar and theme, the metadata of each scope path seen, keyed by its names.
  const memo = new WeakMap<IGrammar, Map<string, Metadata>[]>();

  const metadataOf = (grammar: TextmateGrammar, state: ThemeState, scopes: readonly string[]): Metadata => {
    // The root: Grammar._tokenize's default metadata, then createRootAndLookUpScopeName (for a root named
    // 'unknown', which vscode-textmate gives a grammar without a scope name, `tokenize` asks Shiki instead).
    const defaults = state.textmate.getDefaults();
    let metadata = EncodedTokenMetadata.set(0, 1, NOT_SET_TOKEN_TYPE, null, defaults.fontStyle, defaults.foregroundId, defaults.backgroundId);
    let path: ScopePath | null = null;
    for (const scopeName of scopes) {
      path = { parent: path, scopeName };
      const basic = grammar.getMetadataForScope(scopeName);
      // Theme.match reads only `scopeName` and `parent` of the path.
      const style = state.textmate.match(path as Parameters<Theme['match']>[0]);
      metadata = EncodedTokenMetadata.set(
        metadata,
        basic.languageId,
        basic.tokenType,
        null,
        style ? style.fontStyle : NOT_SET_FONT_STYLE,
        style ? style.foregroundId : 0,
        style ? style.backgroundId : 0,
      );
    }
    // LineTokens.produceFromScopes: the balanced-brackets bit. Its token type overrides come from the grammar
    // configuration's `tokenTypes`, which Shiki's registry never passes.
    const brackets = grammar.balancedBracketSelectors;
    const balanced = brackets ? brackets.matchesAlways || (!brackets.matchesNever && brackets.match([...scopes])) : false;
    if (balanced) metadata = EncodedTokenMetadata.set(metadata, 0, NOT_SET_TOKEN_TYPE, true, NOT_SET_FONT_STYLE, 0, 0);
    return metadata;
  };

  return {
    tokenize(code, lang) {
      if (lang === 'ansi' || lang === 'text') return undefined;
      const grammar = shiki.getLanguage(lang) as TextmateGrammar;
      let memos = memo.get(grammar);
      if (!memos) memo.set(grammar, (memos = states.map(() => new Map())));
      const lines = splitLines(code);
      const perTheme: PlainToken[][][] = states.map(() => []);
      let stack: StateStack | null = null;
      for (const [line, lineOffset] of lines) {
        if (line === '') {
          for (const out of perTheme) out.push([]);
          continue;
        }
        const result = grammar.tokenizeLine(line, stack, tokenizeTimeLimit);
        const raw = result.tokens;
        if (raw[0]?.scopes[0] === 'unknown') return undefined;
        states.forEach((state, index) => {
          const known = (memos as Map<string, Metadata>[])[index] as Map<string, Metadata>;
          const out: PlainToken[] = [];
          // tokenizeLine2's tokens: start indexes where the metadata changes.
          let lastMetadata: Metadata | undefined;
          const starts: number[] = [];
          const metadatas: Metadata[] = [];
          for (const token of raw) {
            const key = token.scopes.join('\n');
            let metadata = known.get(key);
            if (metadata === undefined) {
              metadata = metadataOf(grammar, state, token.scopes);
              known.set(key, metadata);
            }
            if (metadata === lastMetadata) continue;
            starts.push(token.startIndex);
            metadatas.push(metadata);
            lastMetadata = metadata;
          }
          // What Shiki's _tokenizeWithTheme makes of them.
          for (let j = 0; j < starts.length; j++) {
            const startIndex = starts[j] as number;
            const nextStartIndex = j + 1 < starts.length ? (starts[j + 1] as number) : line.length;
            if (startIndex === nextStartIndex) continue;
            const metadata = metadatas[j] as number;
            out.push({
              content: line.substring(startIndex, nextStartIndex),
              offset: lineOffset + startIndex,
              color: applyColorReplacements(state.colorMap[EncodedTokenMetadata.getForeground(metadata)] as string, state.replacements),
              fontStyle: EncodedTokenMetadata.getFontStyle(metadata),
            });
          }
          (perTheme[index] as PlainToken[][]).push(out);
        });
        stack = result.ruleStack;
      }
      const [light, dark] = perTheme as [PlainToken[][], PlainToken[][]];
      return light.map((lightLine, lineIndex) =>
        alignTwo(lightLine, dark[lineIndex] as PlainToken[]).map(([a, b]) =>
          flatTokenVariants({ content: a.content, offset: a.offset, variants: { light: { color: a.color, fontStyle: a.fontStyle }, dark: { color: b.color, fontStyle: b.fontStyle } } }, ['light', 'dark'], '--shiki-', false, 'css-vars'),
        ),
      );
    },
  };
}

interface PlainToken {
  content: string;
  offset: number;
  color: string | undefined;
  fontStyle: number;
}

/** Shiki's alignThemesTokenization for two themes: both lines split at each other's token boundaries. */
function alignTwo(first: readonly PlainToken[], second: readonly PlainToken[]): [PlainToken, PlainToken][] {
  const out: [PlainToken, PlainToken][] = [];
  let i = 0;
  let j = 0;
  let a = first[0];
  let b = second[0];
  while (a && b) {
    const length = Math.min(a.content.length, b.content.length);
    const nextA: PlainToken | undefined = a.content.length === length ? first[++i] : { ...a, content: a.content.slice(length), offset: a.offset + length };
    const nextB: PlainToken | undefined = b.content.length === length ? second[++j] : { ...b, content: b.content.slice(length), offset: b.offset + length };
    out.push([a.content.length === length ? a : { ...a, content: a.content.slice(0, length) }, b.content.length === length ? b : { ...b, content: b.content.slice(0, length) }]);
    a = nextA;
    b = nextB;
  }
  return out;
}

