/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The offset where the value at `path` (object keys and array indices) begins in a JSON text that
 * `JSON.parse` accepted; the deepest part found when the path goes further than the text.
 */
export function locateJson(text: string, path: readonly (string | number)[]): number {
  let at = skipSpace(text, 0);
  for (const part of path) {
    const open = text[at];
    if (open !== '{' && open !== '[') return at;
    let index = 0;
    let found = -1;
    let i = skipSpace(text, at + 1);
    while (i < text.length && text[i] !== '}' && text[i] !== ']') {
      let key: string | number = index;
      if (open === '{') {
        const end = stringEnd(text, i);
        key = JSON.parse(text.slice(i, end)) as string;
        i = skipSpace(text, skipSpace(text, end) + 1);
      }
      if (key === part) {
        found = i;
        break;
      }
      i = skipSpace(text, valueEnd(text, i));
      if (text[i] === ',') i = skipSpace(text, i + 1);
      index++;
    }
    if (found === -1) return at;
    at = found;
  }
  return at;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\r\n'.includes(text[i] ?? '')) i++;
  return i;
}

function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

function valueEnd(text: string, i: number): number {
  if (text[i] === '"') return stringEnd(text, i);
  if (text[i] !== '{' && text[i] !== '[') {
    let j = i;
    while (j < text.length && !',}] \t\r\n'.includes(text[j] ?? '')) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"') j = stringEnd(text, j) - 1;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}
