import { pdfStringBytes } from './decode-pdf-text.ts';
/** What a page's content stream shows as text and which XObjects it paints, in drawing order. */
export interface ContentHandlers {
  /** A string shown (`Tj`, `TJ`, `'`, `"`) in the font resource `font` selected last by `Tf`; `codes` one byte per character (latin1). */
  show(font: string, codes: string): void;
  /** A new text object or line (`BT`, `Tm`, `T*`, `'`, `"`, a `Td`/`TD` that moves down or up): where a reader puts a space. */
  breakLine(): void;
  /** An XObject painted (`Do`), by its resource name. */
  paint(name: string): void;
}

/** An operand as far as text needs it: a string's bytes, a name, a number, or the strings of an array. */
type Operand = string | { name: string } | { number: number } | string[] | undefined;

const NUMBER = { number: Number.NaN };

/**
 * Walks a content stream (PDF 32000-1, 7.8.2, its filters undone, one byte per character) and reports its
 * text and XObjects. Paths, colours and marked content are passed over (a deck's pages are mostly paths:
 * only the two operands before an operator are kept, and a number is read only where `Td` needs it); an
 * inline image's data is skipped. Throws on syntax it cannot follow, so a caller can read the page another way.
 */
export function walkContent(content: string, on: ContentHandlers): void {
  const length = content.length;
  let last: Operand;
  let before: Operand;
  let lastNumberAt = -1;
  let lastNumberEnd = -1;
  // The strings of the array being read (TJ's operand); undefined outside an array.
  let array: string[] | undefined;
  let font = '';
  let at = 0;
  const push = (operand: Operand) => {
    if (array) {
      if (typeof operand === 'string') array.push(operand);
      return;
    }
    before = last;
    last = operand;
  };
  while (at < length) {
    const char = content.charCodeAt(at);
    if (isWhite(char)) {
      at++;
    } else if (isNumberStart(char)) {
      const end = tokenEnd(content, at + 1);
      lastNumberAt = at;
      lastNumberEnd = end;
      push(NUMBER);
      at = end;
    } else if (char === 0x28 /* ( */) {
      const end = literalEnd(content, at);
      push(bytesText(pdfStringBytes(content.slice(at, end))));
      at = end;
    } else if (char === 0x3c /* < */) {
      if (content.charCodeAt(at + 1) === 0x3c) {
        // A dictionary operand (marked content's properties): its entries are operands the operator ignores.
        at += 2;
        continue;
      }
      const end = content.indexOf('>', at);
      if (end === -1) throw new Error('unterminated hex string');
      push(bytesText(pdfStringBytes(content.slice(at, end + 1))));
      at = end + 1;
    } else if (char === 0x3e /* > */) {
      at += content.charCodeAt(at + 1) === 0x3e ? 2 : 1;
    } else if (char === 0x5b /* [ */) {
      if (array) throw new Error('nested array');
      array = [];
      at++;
    } else if (char === 0x5d /* ] */) {
      const items = array ?? [];
      array = undefined;
      push(items);
      at++;
    } else if (char === 0x2f /* / */) {
      const end = tokenEnd(content, at + 1);
      push({ name: content.slice(at + 1, end) });
      at = end;
    } else if (char === 0x25 /* % */) {
      while (at < length && content.charCodeAt(at) !== 0x0a && content.charCodeAt(at) !== 0x0d) at++;
    } else if (char === 0x7b || char === 0x7d || char === 0x29 /* { } ) */) {
      at++;
    } else {
      const end = tokenEnd(content, at + 1);
      if (array) throw new Error('an operator inside an array');
      const second = end - at > 1 ? content.charCodeAt(at + 1) : 0;
      const size = end - at;
      if (char === 0x54 /* T */ && size === 2) {
        if (second === 0x6a /* Tj */) showString(on, font, last);
        else if (second === 0x4a /* TJ */) {
          if (Array.isArray(last)) for (const item of last) on.show(font, item);
        } else if (second === 0x66 /* Tf */) {
          if (typeof before === 'object' && 'name' in before) font = before.name;
        } else if (second === 0x6d /* Tm */ || second === 0x2a /* T* */) on.breakLine();
        else if (second === 0x64 /* Td */ || second === 0x44 /* TD */) {
          if (last !== NUMBER || Number(content.slice(lastNumberAt, lastNumberEnd)) !== 0) on.breakLine();
        }
      } else if (size === 2 && char === 0x42 /* B */ && second === 0x54 /* BT */) on.breakLine();
      else if (size === 2 && char === 0x44 /* D */ && second === 0x6f /* Do */) {
        if (typeof last === 'object' && 'name' in last) on.paint(last.name);
      } else if (size === 2 && char === 0x42 /* B */ && second === 0x49 /* BI */) {
        at = skipInlineImage(content, end);
        last = before = undefined;
        continue;
      } else if (size === 1 && (char === 0x27 /* ' */ || char === 0x22 /* " */)) {
        on.breakLine();
        showString(on, font, last);
      }
      last = before = undefined;
      at = end;
    }
  }
}

function showString(on: ContentHandlers, font: string, operand: Operand): void {
  if (typeof operand === 'string') on.show(font, operand);
}

function isWhite(char: number): boolean {
  return char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09 || char === 0x0c || char === 0x00;
}

function isDelimiter(char: number): boolean {
  return char === 0x28 || char === 0x29 || char === 0x3c || char === 0x3e || char === 0x5b || char === 0x5d || char === 0x7b || char === 0x7d || char === 0x2f || char === 0x25;
}

function isNumberStart(char: number): boolean {
  return (char >= 0x30 && char <= 0x39) || char === 0x2d || char === 0x2b || char === 0x2e;
}

function tokenEnd(content: string, from: number): number {
  let end = from;
  while (end < content.length) {
    const char = content.charCodeAt(end);
    if (isWhite(char) || isDelimiter(char)) break;
    end++;
  }
  return end;
}

/** Where the literal string opening at `from` ends (after its closing parenthesis; escapes and nested parentheses followed). */
function literalEnd(content: string, from: number): number {
  let depth = 1;
  for (let at = from + 1; at < content.length; at++) {
    const char = content[at];
    if (char === '\\') at++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at + 1;
  }
  throw new Error('unterminated literal string');
}

/** Bytes as a string of one character per byte, as the fonts' codes are read. */
function bytesText(bytes: readonly number[]): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** After `BI`: the image's entries, `ID`, its data up to `EI` on its own; returns the offset after `EI`. */
function skipInlineImage(content: string, from: number): number {
  const data = /\sID\s/g;
  data.lastIndex = from;
  const start = data.exec(content);
  if (!start) throw new Error('inline image without data');
  const end = /\sEI(?=[\s]|$)/g;
  end.lastIndex = start.index + start[0].length;
  const found = end.exec(content);
  if (!found) throw new Error('inline image without end');
  return found.index + found[0].length;
}
