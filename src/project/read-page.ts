import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';

/** A course page's text, and whether its bytes were valid UTF-8 (else each U+FFFD marks a bad sequence). */
export function readPage(file: string): { text: string; invalidUtf8: boolean } {
  const bytes = readFileSync(file);
  return { text: bytes.toString('utf8'), invalidUtf8: !isUtf8(bytes) };
}
