import type { MarkedExtension, Tokens } from 'marked';

/** A formula found in the markdown: its TeX, and whether it is displayed on a line of its own. */
export interface MathToken extends Tokens.Generic {
  type: 'blockMath' | 'inlineMath';
  raw: string;
  tex: string;
  display: boolean;
  /** What the layout model measures, set when the formula is typeset. */
  measured?: MathMeasure;
}

/** A typeset formula as the layout model sees it: the glyphs it shows, and its height in em of the text. */
export interface MathMeasure {
  glyphs: string;
  heightEm: number;
}

/** Renders one formula to HTML (and records its measure on the token). */
export type MathRenderer = (token: MathToken) => string;

// Formulas are bounded (a displayed one 8,000 characters, an inline one 2,000), so an opener without its
// closer costs a bounded look ahead, never a scan of the whole page.
// A formula on lines of its own: `$$ … $$` or `\[ … \]`, ending its line.
const RE_BLOCK = /^ {0,3}(?:\$\$((?:\\[\s\S]|[^\\$]|\$(?!\$)){1,8000}?)\$\$|\\\[([\s\S]{1,8000}?)\\\])[ \t]*(?:\n+|$)/;
// Inline, as pandoc reads dollars: the opening `$` has a non-space right after it, the closing one a
// non-space right before it and no digit after it, so "$5 and $10" and "€ 5 en $ 10" stay text.
const RE_INLINE_DOLLAR = /^\$(?![\s$])((?:\\[\s\S]|[^\\$]){0,2000}?[^\s\\])\$(?!\d)/;
const RE_DISPLAY_DOLLAR = /^\$\$((?:\\[\s\S]|[^\\$]|\$(?!\$)){1,8000}?)\$\$/;
const RE_PAREN = /^\\\(([\s\S]{1,2000}?)\\\)/;
const RE_BRACKET = /^\\\[([\s\S]{1,8000}?)\\\]/;
// A `$` not escaped, or `\(` / `\[`: where the text before a formula ends.
const RE_INLINE_START = /(?<!\\)\$|\\[([]/;
/**
 * marked asks where the next formula may start at every inline token, with the rest of the paragraph:
 * looking only this far ahead keeps a long paragraph linear (the text before is cut there, harmlessly).
 */
const START_WINDOW = 1000;
const RE_BLANK_LINE = /\n[ \t]*\n/;

/** Math for marked: `$…$` and `\(…\)` inline, `$$…$$` and `\[…\]` displayed. */
export function mathExtension(render: MathRenderer): MarkedExtension {
  return {
    extensions: [
      {
        name: 'blockMath',
        level: 'block',
        // No `start`: marked would ask at every block with the rest of the page. A `$$` line right after a
        // paragraph's text is read inline, as a displayed formula inside the paragraph.
        tokenizer(src) {
          const match = RE_BLOCK.exec(src);
          const tex = match?.[1] ?? match?.[2];
          if (!match || tex === undefined || RE_BLANK_LINE.test(tex)) return undefined;
          return { type: 'blockMath', raw: match[0], tex: tex.trim(), display: true } satisfies MathToken;
        },
        renderer: (token) => `<div class="math-display">${render(token as MathToken)}</div>\n`,
      },
      {
        name: 'inlineMath',
        level: 'inline',
        start(src) {
          const head = src.length > START_WINDOW ? src.slice(0, START_WINDOW) : src;
          const at = head.search(RE_INLINE_START);
          return at !== -1 ? at : src.length > START_WINDOW ? START_WINDOW : undefined;
        },
        tokenizer(src) {
          const display = RE_DISPLAY_DOLLAR.exec(src) ?? RE_BRACKET.exec(src);
          const inline = display ? undefined : (RE_INLINE_DOLLAR.exec(src) ?? RE_PAREN.exec(src));
          const match = display ?? inline;
          if (!match || RE_BLANK_LINE.test(match[1] ?? '')) return undefined;
          return { type: 'inlineMath', raw: match[0], tex: (match[1] ?? '').trim(), display: display !== null } satisfies MathToken;
        },
        renderer: (token) => render(token as MathToken),
      },
    ],
  };
}
