// Browsers drop ASCII tabs and newlines anywhere in a URL and leading spaces and controls, so
// `java\tscript:` and ` javascript:` still run script.
const RE_UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/i;
// Entities a browser decodes in an attribute value before it reads the scheme (`&#106;avascript:`).
const RE_ENTITY = /&(?:#x([0-9a-f]+);?|#(\d+);?|(colon|tab|newline);)/gi;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n' };
// Attributes whose value a browser follows as a link or loads as a document.
const RE_URL_ATTRIBUTE = /(\s)(href|xlink:href|action|formaction|src|data)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;
const RE_TAG = /<([a-zA-Z][\w:-]*)(\s[^<>]*?)?\/?>/g;

/** Whether a link target runs script or shows an inline document (`javascript:`, `vbscript:`, `data:`). */
export function isUnsafeUrl(url: string): boolean {
  const decoded = url.replace(RE_ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    name ? (NAMED[name.toLowerCase()] ?? '') : String.fromCodePoint(Math.min(Number.parseInt(hex ?? dec ?? '0', hex ? 16 : 10), 0x10ffff)),
  );
  return RE_UNSAFE_SCHEME.test(withoutControls(decoded));
}

/**
 * Raw HTML with every unsafe URL attribute removed (`<a href="javascript:…">`, `<iframe src="data:…">`);
 * `data:` stays allowed in an image's `src`. Returns the HTML and the URLs it removed.
 */
export function dropUnsafeUrls(html: string): { html: string; removed: string[] } {
  const removed: string[] = [];
  if (!/(?:script|data)\s*:|&#|&colon;/i.test(html)) return { html, removed };
  const cleaned = html.replace(RE_TAG, (tag: string, name: string) =>
    tag.replace(RE_URL_ATTRIBUTE, (attribute: string, space: string, attr: string, _eq: string, quoted: string) => {
      const value = quoted.replace(/^["']|["']$/g, '');
      const isImage = /^(?:img|source|picture)$/i.test(name) && /^(?:src|srcset)$/i.test(attr) && /^\s*data:image\//i.test(value);
      if (isImage || !isUnsafeUrl(value)) return attribute;
      removed.push(value);
      return space.trimEnd() === '' ? ' ' : space;
    }),
  );
  return { html: cleaned, removed };
}

/** The text without ASCII spaces and control characters, which browsers skip when they read a scheme. */
function withoutControls(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code > 0x20 && code !== 0x7f) out += char;
  }
  return out;
}
