import { parseFragment, serialize, type DefaultTreeAdapterTypes, type ParserError } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;
type Element = DefaultTreeAdapterTypes.Element;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Closed implicitly by the HTML parser; an unclosed one is not a mistake.
const OPTIONAL_END = new Set(['li', 'p', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'dt', 'dd', 'rt', 'rp', 'colgroup', 'caption']);
/** The slide element a slide's HTML is parsed in, as the browser will parse it. */
const RE_END_TAG = /<\/[a-zA-Z]/g;
const RE_SELF_CLOSED = /<([a-zA-Z][\w:-]*)(?:\s[^<>]*)?\/>/g;
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const SECTION = parseFragment('<section></section>').childNodes[0] as Element;

/**
 * Makes a slide's HTML whole with the HTML parser the browser uses (parse5): a closing tag that closes
 * nothing is dropped, an element left open is closed at the end, and an element that would swallow the
 * rest of the page (`<plaintext>`, or `<xmp>`, `<textarea>`, `<title>`, `<script>`, `<style>`, `<iframe>`,
 * `<noscript>`, `<select>`, `<svg>`, `<math>` left open) ends inside its slide. HTML the parser reads
 * without a mistake is returned as written; otherwise the repaired tree is serialized.
 * Returns the HTML and whether it had to change anything.
 */
export function balanceHtml(html: string): Balanced {
  const known = recent.get(html);
  if (known) return known;
  const result = balance(html);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value ?? '');
  recent.set(html, result);
  return result;
}

interface Balanced {
  html: string;
  changed: boolean;
}

// The render stage checks a slide's HTML and emit then balances the same page (a slide that did not continue):
// the last few answers are kept, so that HTML is parsed once.
const RECENT_LIMIT = 8;
const recent = new Map<string, Balanced>();

function balance(html: string): Balanced {
  if (!html.includes('<')) return { html, changed: false };
  let errors = 0;
  const onParseError = (error: ParserError) => {
    if (!isHarmless(error, html)) errors++;
  };
  const fragment = parseFragment(SECTION, html, { sourceCodeLocationInfo: true, onParseError });
  const unclosed = repairTree(fragment, html);
  const repaired = serialize(fragment);
  // The parser drops a closing tag that closes nothing (it would close the slide around it in the page)
  // without calling it an error: fewer closing tags after parsing means one was stray.
  const expectedEndTags = countEndTags(html) + countSelfClosed(html) + countImplied(fragment);
  if (errors === 0 && !unclosed && countEndTags(repaired) === expectedEndTags) return { html, changed: false };
  return { html: repaired, changed: true };
}

// Characters the parser reports as mistakes wherever they are: NUL and controls other than whitespace,
// noncharacters and lone surrogates. HTML with one is balanced (and serialized) even when lesdia wrote it.
// eslint-disable-next-line no-control-regex
const RE_PARSE_ERROR_CHARACTER = /[\0-\x08\x0B\x0E-\x1F\x7F-\x9F\p{Noncharacter_Code_Point}\p{Surrogate}]/u;

/**
 * Whether a slide's HTML needs `balanceHtml`: it holds raw HTML from the page (`raw`), or characters the parser
 * calls mistakes. HTML lesdia writes otherwise is balanced by construction, and balancing it changes nothing.
 */
export function needsBalancing(html: string, raw: boolean): boolean {
  return raw || RE_PARSE_ERROR_CHARACTER.test(html);
}

// Parse errors that leave the tree as the browser builds it from the HTML as written: character references
// it does not know (`&x;` shows as text, as marked means it) and a comment closed early (`<!-->`).
const RE_HARMLESS_ERROR = /character-reference|^abrupt-closing-of-empty-comment$/;
// A processing instruction (`<?php … ?>`) or a declaration (`<!ELEMENT br EMPTY>`), raw HTML in CommonMark:
// the browser ends it at the next `>`; only one with no `>` after it would take the rest of the page.
const RE_BOGUS_COMMENT_ERROR = /^(?:unexpected-question-mark-instead-of-tag-name|incorrectly-opened-comment)$/;

/** Whether a parse error changes nothing in how the browser reads the HTML as written. */
function isHarmless(error: ParserError, html: string): boolean {
  if (RE_HARMLESS_ERROR.test(error.code)) return true;
  return RE_BOGUS_COMMENT_ERROR.test(error.code) && html.indexOf('>', error.startOffset) !== -1;
}

/** Turns `<plaintext>` (which no end tag closes) into `<pre>`; returns whether an element was left open. */
function repairTree(node: Node, html: string): boolean {
  let unclosed = false;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if (!('tagName' in child)) continue;
    const start = child.sourceCodeLocation?.startTag;
    if (child.tagName === 'plaintext') {
      child.tagName = 'pre';
      child.nodeName = 'pre';
      unclosed = true;
    } else if (start && !child.sourceCodeLocation?.endTag && !VOID_ELEMENTS.has(child.tagName) && !OPTIONAL_END.has(child.tagName)) {
      // In SVG and MathML `<circle/>` closes itself.
      const selfClosed = child.namespaceURI !== HTML_NAMESPACE && html.slice(start.endOffset - 2, start.endOffset) === '/>';
      if (!selfClosed) unclosed = true;
    }
    if ('content' in child) unclosed = repairTree(child.content as Node, html) || unclosed;
    unclosed = repairTree(child, html) || unclosed;
  }
  return unclosed;
}

function countEndTags(html: string): number {
  return html.match(RE_END_TAG)?.length ?? 0;
}

/** `<path/>` in SVG: serialized as `<path></path>`, one closing tag more. `<br/>` stays `<br>`. */
function countSelfClosed(html: string): number {
  let count = 0;
  for (const [, name = ''] of html.matchAll(RE_SELF_CLOSED)) if (!VOID_ELEMENTS.has(name.toLowerCase())) count++;
  return count;
}

/** Elements the parser adds by itself (`<tbody>` in a table): each is serialized with a closing tag. */
function countImplied(node: Node): number {
  let count = 0;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    if (!child.sourceCodeLocation?.startTag && !VOID_ELEMENTS.has(child.tagName)) count++;
    count += countImplied(child);
  }
  return count;
}
