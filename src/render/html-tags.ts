import { Tokenizer, type Token } from 'parse5';

export interface HtmlTag {
  name: string;
  closing: boolean;
  attributes: ReadonlyMap<string, string>;
}

// Elements without content, and elements whose end tag HTML lets an author leave out.
export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const OPTIONAL_END = new Set(['li', 'p', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'dt', 'dd']);

/** The tags of a piece of the page's raw HTML, in order, read by parse5's tokenizer (comments skipped). */
export function htmlTags(raw: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  const tag = (closing: boolean) => (token: Token.TagToken) => {
    tags.push({ name: token.tagName, closing, attributes: new Map(token.attrs.map((a) => [a.name, a.value])) });
  };
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    { onStartTag: tag(false), onEndTag: tag(true), onComment: ignore, onDoctype: ignore, onEof: ignore, onCharacter: ignore, onNullCharacter: ignore, onWhitespaceCharacter: ignore },
  );
  tokenizer.write(raw, true);
  return tags;
}

/**
 * How a piece of raw HTML changes the nesting around it: the elements it leaves open (outermost first) and
 * how many end tags it has for elements opened before it. `<div class="tip">` opens one; `</div>` closes one.
 */
export function htmlNesting(raw: string): { opened: HtmlTag[]; closed: number } {
  const open: HtmlTag[] = [];
  let closed = 0;
  for (const tag of htmlTags(raw)) {
    if (VOID_ELEMENTS.has(tag.name) || OPTIONAL_END.has(tag.name)) continue;
    if (!tag.closing) {
      open.push(tag);
      continue;
    }
    const index = open.findLastIndex((o) => o.name === tag.name);
    if (index === -1) closed++;
    else open.length = index;
  }
  return { opened: open, closed };
}
