const RE_TIMING = /\s*\{([^{}]*)\}\s*$/;
const RE_PAIR = /(step|highlight)\s*=\s*(\d+)/g;

/** A line of a diagram block with its position in the file. */
export interface DiagramLine {
  text: string;
  indent: number;
  line: number;
}

export function diagramLines(text: string, startLine: number): DiagramLine[] {
  return text
    .split('\n')
    .map((raw, i) => ({ text: raw.trim(), indent: raw.length - raw.trimStart().length, line: startLine + i }))
    .filter((line) => line.text !== '');
}

/** Splits a trailing `{step=3 highlight=7}` off a label. */
export function readTiming(text: string): { text: string; step?: number; highlight?: number } {
  const match = RE_TIMING.exec(text);
  if (!match) return { text };
  const result: { text: string; step?: number; highlight?: number } = { text: text.slice(0, match.index).trim() };
  for (const [, key, value] of (match[1] ?? '').matchAll(RE_PAIR)) {
    if (key === 'step') result.step = Number(value);
    else result.highlight = Number(value);
  }
  return result;
}

/** `- item` or `* item` → `item`; anything else is returned unchanged with `isItem` false. */
export function readListItem(text: string): { isItem: boolean; text: string } {
  const match = /^[-*+]\s+(.*)$/.exec(text);
  return match ? { isItem: true, text: (match[1] ?? '').trim() } : { isItem: false, text };
}

/** `Daemon (dockerd)` → label `Daemon`, sublabel `dockerd`. */
export function splitSublabel(text: string): { label: string; sublabel?: string } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!match || !match[1]) return { label: text };
  return { label: match[1], sublabel: match[2] ?? '' };
}

/** Removes markdown emphasis and code marks, which a diagram draws as plain text. */
export function plainText(text: string): string {
  return text.replace(/\*\*|__|`/g, '').replace(/(^|\s)[*_](\S)/g, '$1$2').replace(/(\S)[*_](\s|$)/g, '$1$2');
}
