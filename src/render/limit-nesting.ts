import { lineRange, type DiagnosticSink } from '../diagnostics/diagnostic-sink.ts';

/**
 * Quotes and lists nested deeper than this are cut back before marked sees the text: marked and the layout
 * recurse once per level (2,000 `>` overflowed the stack; a list 1,600 deep took 31 s). Course pages nest
 * three or four levels.
 */
export const MAX_MARKDOWN_DEPTH = 32;

const RE_FENCE = /^(`{3,}|~{3,})/;
const RE_ORDERED = /^\d{1,9}[.)]/;

/**
 * Limits the nesting of quotes and lists in one markdown run, line by line in one pass (linear time): a line
 * whose leading `>` markers, list markers and indentation (two spaces a level) go deeper than
 * `MAX_MARKDOWN_DEPTH` keeps that many levels, and the rest of it is text (its first marker escaped). The
 * first such line of the run is reported. Lines inside top-level fenced code blocks are left alone.
 */
export function limitNesting(text: string, startLine: number, sink: DiagnosticSink): string {
  if (!mayBeDeep(text)) return text;
  const lines = text.split('\n');
  let fence: string | undefined;
  let reported = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fenceMatch = RE_FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    const cut = cutPoint(line);
    if (cut === undefined) continue;
    if (!reported) sink.report('markdown-too-deep', lineRange(startLine + i, cut + 1, 1), { max: String(MAX_MARKDOWN_DEPTH) });
    reported = true;
    const rest = line.slice(cut).trimStart();
    lines[i] = line.slice(0, cut) + (/^[>*+-]/.test(rest) ? `\\${rest}` : rest.replace(RE_ORDERED, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`));
  }
  return lines.join('\n');
}

/** Cheap test: some line starts with enough markers or indentation to be too deep. */
function mayBeDeep(text: string): boolean {
  let run = 0;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10) {
      run = 0;
      atStart = true;
    } else if (atStart && (char === 32 || char === 9 || char === 62 || char === 45 || char === 42 || char === 43 || (char >= 48 && char <= 57) || char === 46 || char === 41)) {
      if (++run > MAX_MARKDOWN_DEPTH) return true;
    } else atStart = false;
  }
  return false;
}

/** Where in a line its nesting passes the limit, or undefined when it does not. */
function cutPoint(line: string): number | undefined {
  let depth = 0;
  let spaces = 0;
  let i = 0;
  while (i < line.length) {
    const start = i;
    const char = line[i];
    if (char === ' ' || char === '\t') {
      const pending = spaces;
      spaces += char === '\t' ? 4 - (spaces % 4) : 1;
      i++;
      depth += Math.floor(spaces / 2);
      spaces %= 2;
      // Cut before the level's first space, so the kept indentation is whole levels.
      if (depth > MAX_MARKDOWN_DEPTH) return start - pending;
    } else {
      const marker = char === '>' ? '>' : /^(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11))?.[0];
      if (!marker) return undefined;
      depth++;
      i += marker.length;
      // The space after a marker belongs to it.
      if (line[i] === ' ') i++;
      spaces = 0;
    }
    if (depth > MAX_MARKDOWN_DEPTH) return start;
  }
  return undefined;
}
