import type { TokenizerThis, Tokens } from 'marked';

/** Farther than any struck-through phrase on a slide; beyond it a `~` is plain text. */
const MAX_SPAN = 1000;

/**
 * GFM strikethrough (`~~gone~~`, `~gone~`) in linear time. marked's own delimiter regexes take quadratic
 * time on text with many unmatched `~` (a pasted binary file took seconds per 100 KB), so this replaces them
 * with a bounded scan for the closing run.
 */
function tokenizeStrikethrough(this: TokenizerThis, src: string): Tokens.Del | undefined {
  const open = /^~~?/.exec(src)?.[0];
  if (!open || src[open.length] === '~' || /\s/.test(src[open.length] ?? ' ')) return undefined;
  const limit = Math.min(src.length, MAX_SPAN + open.length);
  for (let at = src.indexOf(open, open.length); at !== -1 && at < limit; at = src.indexOf(open, at + 1)) {
    if (src[at + open.length] === '~' || src[at - 1] === '~' || /\s/.test(src[at - 1] ?? ' ')) continue;
    const text = src.slice(open.length, at);
    return { type: 'del', raw: src.slice(0, at + open.length), text, tokens: this.lexer.inlineTokens(text) };
  }
  return undefined;
}

/** For `marked.use({ tokenizer: { del } })`: marked calls it with its lexer as `this`. */
export const strikethrough = tokenizeStrikethrough;
