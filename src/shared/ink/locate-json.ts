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

const RE_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON strings may not hold raw control characters: matching them is the point here.
// oxlint-disable-next-line no-control-regex
const RE_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset of the first character that breaks JSON's grammar (V8's messages do not always say where).
 * For a text that `JSON.parse` rejects; iterative, so deep nesting cannot overflow the stack.
 */
export function findJsonError(text: string): number {
  const expectValue = (i: number): number | undefined => {
    const c = text[i];
    if (c === '"') return match(RE_STRING, i);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return match(RE_NUMBER, i);
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
    return undefined;
  };
  const match = (re: RegExp, i: number): number | undefined => {
    re.lastIndex = i;
    return re.test(text) ? re.lastIndex : undefined;
  };
  // `"key":` and the space after it: where the value begins, or -(offset + 1) of what breaks it.
  const readKey = (at: number): number => {
    const key = text[at] === '"' ? match(RE_STRING, at) : undefined;
    if (key === undefined) return -at - 1;
    const colon = skipSpace(text, key);
    return text[colon] === ':' ? skipSpace(text, colon + 1) : -colon - 1;
  };
  const stack: string[] = [];
  let i = skipSpace(text, 0);
  // Each turn reads one value (or opens a container), then what may follow it.
  for (;;) {
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i = skipSpace(text, i + 1);
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i = skipSpace(text, i + 1);
      } else if (c === '{') {
        const after = readKey(i);
        if (after < 0) return -after - 1;
        i = after;
        continue;
      } else continue;
    } else {
      const end = expectValue(i);
      if (end === undefined) return i;
      i = skipSpace(text, end);
    }
    // After a value: a comma, a closer, or the end.
    for (;;) {
      const open = stack.at(-1);
      if (open === undefined) return i < text.length ? i : text.length;
      if (text[i] === (open === '{' ? '}' : ']')) {
        stack.pop();
        i = skipSpace(text, i + 1);
        continue;
      }
      if (text[i] !== ',') return i;
      i = skipSpace(text, i + 1);
      if (open === '{') {
        const after = readKey(i);
        if (after < 0) return -after - 1;
        i = after;
      }
      break;
    }
  }
}
