import type { Token, Tokens } from 'marked';
import type { Embed, FontFace, Inline } from '../model/block.ts';
import { htmlTags } from './html-tags.ts';
import type { MathToken } from './math/math-extension.ts';

/** What rendering found that the tokens alone do not say: each image's embed, by token. */
export type EmbedsOf = (token: Token) => readonly Embed[];

const RE_SPACE = /\s+/g;
const RE_ENTITY = /&(amp|lt|gt|quot|#39|nbsp);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };
// Raw inline tags whose text is not shown.
const HIDDEN = new Set(['script', 'style', 'template']);

/** Marked's text keeps the few entities an author writes; the layout measures what is shown. */
export function decodeEntities(text: string): string {
  return text.replace(RE_ENTITY, (_m, name: string) => ENTITIES[name] ?? '');
}

/** Inline tokens (a paragraph's, a heading's, a table cell's) as the layout model measures them. */
export function inlineOf(tokens: readonly Token[], embedsOf: EmbedsOf, face: FontFace = 'regular'): Inline[] {
  const out: Inline[] = [];
  // Raw inline HTML (`<kbd>`, `<b>`) opens and closes faces around the tokens between its tags.
  const rawFaces: { name: string; face: FontFace; code: boolean; hidden: boolean }[] = [];
  const visit = (token: Token, current: FontFace, code: boolean) => {
    const top = rawFaces.at(-1);
    if (top?.hidden && token.type !== 'html') return;
    const shownFace = top?.face ?? current;
    const shownCode = top?.code ?? code;
    switch (token.type) {
      case 'text':
      case 'escape':
        if ('tokens' in token && token.tokens) token.tokens.forEach((t) => visit(t, current, code));
        else out.push({ kind: 'text', text: decodeEntities(token.text.replace(RE_SPACE, ' ')), face: shownFace, ...(shownCode ? { code: true } : {}) });
        return;
      case 'codespan':
        out.push({ kind: 'text', text: decodeEntities((token as Tokens.Codespan).text.replace(RE_SPACE, ' ')), face: 'mono', code: true });
        return;
      case 'strong':
        (token as Tokens.Strong).tokens.forEach((t) => visit(t, 'bold', code));
        return;
      case 'em':
        (token as Tokens.Em).tokens.forEach((t) => visit(t, current === 'regular' ? 'italic' : current, code));
        return;
      case 'del':
      case 'link':
        (token as Tokens.Del | Tokens.Link).tokens.forEach((t) => visit(t, current, code));
        return;
      case 'br':
        out.push({ kind: 'break' });
        return;
      case 'inlineMath': {
        const { measured, display, raw } = token as MathToken;
        // Bad TeX shows as written, in the code face.
        if (!measured) out.push({ kind: 'text', text: raw, face: 'mono', code: true });
        else if (display) out.push({ kind: 'embed', embed: { kind: 'math', heightEm: measured.heightEm } });
        else out.push({ kind: 'text', text: measured.glyphs, face: 'italic', mathHeightEm: measured.heightEm });
        return;
      }
      case 'image':
        for (const embed of embedsOf(token)) out.push({ kind: 'embed', embed });
        return;
      case 'html':
        rawInline((token as Tokens.HTML).text, shownFace);
        for (const embed of embedsOf(token)) out.push({ kind: 'embed', embed });
        return;
      default:
        return;
    }
  };
  const rawInline = (raw: string, current: FontFace) => {
    for (const tag of htmlTags(raw)) {
      if (tag.name === 'br' && !tag.closing) out.push({ kind: 'break' });
      else if (tag.closing) {
        const index = rawFaces.findLastIndex((open) => open.name === tag.name);
        if (index !== -1) rawFaces.length = index;
      } else if (faceOfTag(tag.name) || HIDDEN.has(tag.name) || (tag.attributes.get('class') ?? '').split(/\s+/).includes('visually-hidden')) {
        const tagFace = faceOfTag(tag.name);
        rawFaces.push({
          name: tag.name,
          face: tagFace === 'italic' && current !== 'regular' ? current : (tagFace ?? current),
          code: tag.name === 'code',
          hidden: !tagFace,
        });
      }
    }
  };
  for (const token of tokens) visit(token, face, false);
  return out;
}

function faceOfTag(name: string): FontFace | undefined {
  if (name === 'code' || name === 'kbd') return 'mono';
  if (name === 'strong' || name === 'b') return 'bold';
  if (name === 'em' || name === 'i') return 'italic';
  return undefined;
}

/** The text a reader sees, as one string (a slide's title). */
export function plainText(inline: readonly Inline[]): string {
  return inline.map((part) => (part.kind === 'text' ? part.text : '')).join('');
}
