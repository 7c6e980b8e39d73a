const RE_TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Closed implicitly by the HTML parser; an unclosed one is not a mistake.
const OPTIONAL_END = new Set(['li', 'p', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'dt', 'dd']);

/**
 * Makes a slide's HTML balanced: a closing tag that closes nothing is dropped and an element left open is
 * closed at the end, so raw HTML in a course page (a stray `</div>`) cannot close the slide around it.
 * Returns the HTML and whether it had to change anything.
 */
export function balanceHtml(html: string): { html: string; changed: boolean } {
  const open: string[] = [];
  let changed = false;
  let out = '';
  let last = 0;
  for (const match of html.matchAll(RE_TAG)) {
    const [tag, slash, rawName = ''] = match;
    if (tag.startsWith('<!--')) continue;
    const name = rawName.toLowerCase();
    if (VOID_ELEMENTS.has(name) || tag.endsWith('/>')) continue;
    if (!slash) {
      open.push(name);
      continue;
    }
    const index = open.lastIndexOf(name);
    if (index === -1) {
      out += html.slice(last, match.index);
      last = match.index + tag.length;
      changed = true;
      continue;
    }
    // Elements opened inside and never closed are closed here, as a browser would.
    if (open.slice(index + 1).some((inner) => !OPTIONAL_END.has(inner))) changed = true;
    open.length = index;
  }
  out += html.slice(last);
  const unclosed = open.toReversed();
  if (unclosed.some((name) => !OPTIONAL_END.has(name))) changed = true;
  return { html: out + unclosed.map((name) => `</${name}>`).join(''), changed };
}
