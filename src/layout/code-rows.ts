/**
 * How many rows a line of code takes when it wraps (CSS `white-space: pre-wrap; overflow-wrap: anywhere`
 * with a hanging indent): the first row holds `first` characters, every further row `rest`. It breaks after
 * spaces as the browser does, inside a word only when the word is longer than a row; spaces at a break hang.
 * The code face is monospaced, so characters are the measure; tabs count as 4.
 */
export function codeRows(text: string, first: number, rest: number): number {
  const line = text.replace(/\t/g, '    ');
  let rows = 1;
  let room = Math.max(first, 1);
  let used = 0;
  for (const word of line.match(/[^ ]+ *| +/g) ?? []) {
    const visible = word.trimEnd().length;
    if (used > 0 && used + visible > room) {
      rows++;
      room = Math.max(rest, 1);
      used = 0;
    }
    let left = visible;
    while (used + left > room) {
      left -= room - used;
      rows++;
      room = Math.max(rest, 1);
      used = 0;
    }
    used = Math.min(used + left + (word.length - visible), room);
  }
  return rows;
}
