/**
 * The one recogniser of CommonMark code fences (spec 4.5), shared by the container scanner, the slide
 * splitter and the language pre-scan, so that all of them agree with marked on what is code.
 */

const RE_FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
// A fence inside a block quote or a list item: any run of `>` markers and indentation before it.
const RE_CONTAINER_PREFIX = /^(?:[ \t]*>)*[ \t]*/;

/** The code fence a line opens. */
export interface CodeFence {
  /** The backticks or tildes that open it: the closing fence is at least as long. */
  marker: string;
  /** The info string, trimmed: ```` ```yaml title="x" ```` gives `yaml title="x"`. */
  info: string;
}

/** The fence `line` opens, or undefined; `nested` also finds fences inside quotes and list items. */
export function readCodeFence(line: string, nested = false): CodeFence | undefined {
  const match = RE_FENCE_OPEN.exec(nested ? line.replace(RE_CONTAINER_PREFIX, '') : line);
  if (!match) return undefined;
  const marker = match[2] ?? '';
  const info = match[3] ?? '';
  // A backtick fence's info string may not contain a backtick: ```` ```a`b ```` is inline code.
  if (marker.startsWith('`') && info.includes('`')) return undefined;
  return { marker, info: info.trim() };
}

/** Whether `line` closes a fence opened with `marker`: as many or more of its character, nothing after. */
export function closesCodeFence(line: string, marker: string): boolean {
  const trimmed = line.replace(/^ {0,3}/, '');
  const char = marker[0] ?? '`';
  let run = 0;
  while (trimmed[run] === char) run++;
  return run >= marker.length && trimmed.slice(run).trim() === '';
}
