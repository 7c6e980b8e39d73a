const RE_HTML_TOKEN = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface HtmlElement {
  type: 'element';
  tag: string;
  attributes: string;
  children: HtmlNode[];
  /** Offsets of the element's source in the parsed string, so unchanged parts are copied byte for byte. */
  start: number;
  end: number;
}

export interface HtmlText {
  type: 'text';
  text: string;
  start: number;
  end: number;
}

export type HtmlNode = HtmlElement | HtmlText;

/**
 * A forgiving HTML parser for the layout model: enough structure to measure and split slides. Comments are
 * dropped, stray closing tags ignored, unclosed elements closed at their parent's end.
 */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', tag: '#root', attributes: '', children: [], start: 0, end: html.length };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(RE_HTML_TOKEN)) {
    const token = match[0];
    const offset = match.index;
    const parent = stack[stack.length - 1] ?? root;
    if (token.startsWith('<!--')) continue;
    const tag = match[1]?.toLowerCase();
    if (!tag) {
      parent.children.push({ type: 'text', text: token, start: offset, end: offset + token.length });
      continue;
    }
    if (token.startsWith('</')) {
      const index = stack.findLastIndex((element) => element.tag === tag);
      if (index <= 0) continue;
      for (let i = stack.length - 1; i >= index; i--) {
        const element = stack[i];
        if (element) element.end = offset + (i === index ? token.length : 0);
      }
      stack.length = index;
      continue;
    }
    const element: HtmlElement = { type: 'element', tag, attributes: match[2] ?? '', children: [], start: offset, end: offset + token.length };
    parent.children.push(element);
    if (!VOID_ELEMENTS.has(tag) && !token.endsWith('/>')) stack.push(element);
  }
  for (const open of stack.slice(1)) open.end = html.length;
  return root.children;
}

/** The value of an attribute in an element's attribute text. */
export function attribute(element: HtmlElement, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(element.attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

export function isElement(node: HtmlNode | undefined): node is HtmlElement {
  return node?.type === 'element';
}

export function elementChildren(element: HtmlElement): HtmlElement[] {
  return element.children.filter(isElement);
}

/** Text content with character references decoded (the few a renderer produces). */
export function textContent(node: HtmlNode): string {
  if (node.type === 'text') return decodeEntities(node.text);
  return node.children.map(textContent).join('');
}

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[name] ?? '');
}
