import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './output-folder.ts';

export interface SkippedPage {
  /** Absolute path of the `*.md` entry. */
  file: string;
  /** Why it is not a deck, as a phrase: `it is a folder`. */
  reason: string;
}

/**
 * The course pages of a folder: its `*.md` regular files (not starting with `_` or `.`), symlinks followed
 * only when they end under `root`. A folder, FIFO, socket or device named `*.md` would hang or crash a
 * read, and a link out of the project would publish whatever it points at: those are skipped and listed.
 */
export function listPages(slidesDir: string, root: string): { pages: string[]; skipped: SkippedPage[] } {
  const pages: string[] = [];
  const skipped: SkippedPage[] = [];
  let names: string[];
  try {
    names = readdirSync(slidesDir);
  } catch {
    return { pages, skipped };
  }
  const realRoot = safeRealpath(root) ?? root;
  for (const name of names.toSorted()) {
    if (!name.endsWith('.md') || name.startsWith('_') || name.startsWith('.')) continue;
    const file = path.join(slidesDir, name);
    const reason = whyNotAPage(file, realRoot);
    if (reason) skipped.push({ file, reason });
    else pages.push(file);
  }
  return { pages, skipped };
}

/** Why a path cannot be read as a course page under `realRoot`, or undefined when it can. */
export function whyNotAPage(file: string, realRoot: string): string | undefined {
  try {
    const real = realpathSync(file);
    if (real !== realRoot && !isInside(real, realRoot)) return `it is a link to ${real}, outside the project`;
    const stat = statSync(real);
    if (stat.isFile()) return undefined;
    if (stat.isDirectory()) return 'it is a folder';
    if (stat.isFIFO()) return 'it is a named pipe (FIFO), not a file';
    if (stat.isSocket()) return 'it is a socket, not a file';
    return 'it is not a regular file';
  } catch {
    return lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ? 'it is a link to nothing' : 'it cannot be read';
  }
}

function safeRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
