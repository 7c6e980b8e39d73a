const RE_FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The code fence a line opens, if any. */
export interface OpenFence {
  marker: string;
  info: string;
  line: number;
}

/**
 * Follows CommonMark code fences line by line, so that block syntax (`:::`, `. . .`, headings)
 * inside a fenced code block is left alone.
 */
export class FenceTracker {
  open: OpenFence | undefined;

  /** Feeds one line; returns true when the line belongs to a code fence (its opening and closing lines included). */
  feed(line: string, lineNumber: number): boolean {
    if (this.open) {
      if (isClosingFence(line, this.open.marker)) this.open = undefined;
      return true;
    }
    const match = RE_FENCE_OPEN.exec(line);
    if (!match) return false;
    const marker = match[1] ?? '';
    const info = match[2] ?? '';
    // A backtick fence's info string may not contain a backtick (CommonMark 4.5).
    if (marker.startsWith('`') && info.includes('`')) return false;
    this.open = { marker, info: info.trim(), line: lineNumber };
    return true;
  }
}

function isClosingFence(line: string, marker: string): boolean {
  const trimmed = line.replace(/^ {0,3}/, '');
  if (!trimmed.startsWith(marker)) return false;
  const rest = trimmed.slice(marker.length);
  return rest.replace(new RegExp(`^\\${marker[0]}*`), '').trim() === '';
}
