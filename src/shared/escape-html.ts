const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const RE_ESCAPED = /[&<>"']/g;

/** Escapes text for use in HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(RE_ESCAPED, (c) => ESCAPES[c] ?? c);
}
