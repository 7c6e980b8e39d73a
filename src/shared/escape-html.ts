const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const RE_ESCAPED = /[&<>"']/g;

/** Escapes text for use in HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(RE_ESCAPED, (c) => ESCAPES[c] ?? c);
}

// An ampersand that starts a character reference (`&ouml;`, `&#123;`, `&#x1F;`) is left alone.
const RE_ESCAPED_BUT_REFERENCES = /[<>"']|&(?!(?:#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g;

/**
 * Escapes markdown's link destinations and titles as marked and CommonMark do: their character references
 * are kept, so the browser decodes them (`/f&ouml;&ouml;` links to `/föö`), and everything else is escaped.
 */
export function escapeHtmlKeepingReferences(text: string): string {
  return text.replace(RE_ESCAPED_BUT_REFERENCES, (c) => ESCAPES[c] ?? c);
}
