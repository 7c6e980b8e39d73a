import type { Token } from 'marked';
import type { Block } from '../model/block.ts';

/** Whether a marked token is, or holds anywhere inside it, raw HTML from the page (a block or inline `html` token). */
export function hasRawHtml(token: Token): boolean {
  if (token.type === 'html') return true;
  const t = token as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
  if (t.tokens?.some(hasRawHtml) || t.items?.some(hasRawHtml)) return true;
  if (t.header?.some((cell) => cell.tokens.some(hasRawHtml))) return true;
  return t.rows?.some((row) => row.some((cell) => cell.tokens.some(hasRawHtml))) ?? false;
}

/** `{ rawHtml: true }` when the token holds raw HTML, for spreading into the block made of it. */
export function rawHtmlMark(raw: boolean): { rawHtml?: true } {
  return raw ? { rawHtml: true } : {};
}

/** Whether any of the blocks, or a block inside one, carries raw HTML from the page. */
export function blocksHaveRawHtml(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.rawHtml === true);
}
