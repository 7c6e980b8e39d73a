const RE_BOM = /^\uFEFF/;
const RE_LINE_BREAK = /\r\n?/g;

/** Drops a byte-order mark and turns CRLF and CR line ends into LF; line numbers stay as they were. */
export function normalizeSource(text: string): string {
  return text.replace(RE_BOM, '').replace(RE_LINE_BREAK, '\n');
}
