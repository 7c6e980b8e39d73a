/** A PDF text string as written (`(literal)` or `<hex>`, UTF-16BE with a byte-order mark or PDFDocEncoding). */
export function decodePdfText(written: string): string {
  const bytes = pdfStringBytes(written);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    return text;
  }
  // PDFDocEncoding agrees with Latin-1 for the characters a language tag or a title in Latin script uses.
  return String.fromCharCode(...bytes);
}

/** The bytes of a PDF string as written (`(literal)` with its escapes, or `<hex>`; an odd last hex digit is followed by 0). */
export function pdfStringBytes(written: string): number[] {
  if (!written.startsWith('<')) return unescapeLiteral(written.slice(1, -1));
  const hex = written.slice(1, -1).replace(/\s+/g, '');
  return Array.from({ length: Math.ceil(hex.length / 2) }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2).padEnd(2, '0'), 16));
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

function unescapeLiteral(body: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const char = body[i] ?? '';
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0) & 0xff);
      continue;
    }
    const next = body[++i] ?? '';
    const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      i += octal[0].length - 1;
    } else if (next === '\r' || next === '\n') {
      if (next === '\r' && body[i + 1] === '\n') i++;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return bytes;
}
