import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CachedLine } from '../render/cached-highlighter.ts';
import { CODE_THEMES } from '../render/code-highlighter.ts';

/** Raised when what a cached line holds or how code is tokenized changes, so older caches are not read. */
const CACHE_FORMAT = 1;
/** Highlighted blocks kept, the most recently added ones. */
const MAX_ENTRIES = 20_000;

/** Highlighted code of earlier builds of a project, in `node_modules/.cache/lesdia/` below it. */
export interface HighlightStore {
  /** By `highlightKey`; whatever the highlighter adds is written by `save`. */
  readonly entries: Map<string, CachedLine[]>;
  /** Whether the cache held nothing when opened (a first build: most code will be new). */
  readonly empty: boolean;
  /** Writes the cache (temp file and rename) when something was added since it was read or last saved. */
  save(): void;
}

/**
 * Opens the project's cache of Shiki's results. Its file is named after Shiki's version and the themes, and
 * keyed within by a hash of the code's language and text: a result is only ever reused for the same code,
 * language, themes and Shiki. A cache that cannot be read is empty; one that cannot be written costs time only.
 */
export function openHighlightStore(projectDir: string): HighlightStore {
  const file = path.join(projectDir, 'node_modules/.cache/lesdia', `highlight-${CACHE_FORMAT}-shiki-${shikiVersion()}-${CODE_THEMES.light}-${CODE_THEMES.dark}.json`);
  const entries = readEntries(file);
  let savedSize = entries.size;
  return {
    entries,
    empty: entries.size === 0,
    save() {
      if (entries.size === savedSize) return;
      savedSize = entries.size;
      const temp = `${file}.${process.pid}`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temp, JSON.stringify(Object.fromEntries([...entries].slice(-MAX_ENTRIES))));
        renameSync(temp, file);
      } catch {
        // A project lesdia may not write into: the next build highlights its code again.
      }
    },
  };
}

function readEntries(file: string): Map<string, CachedLine[]> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return new Map();
    return new Map(Object.entries(data as Record<string, CachedLine[]>).filter(([, lines]) => Array.isArray(lines)));
  } catch {
    return new Map();
  }
}

function shikiVersion(): string {
  const require = createRequire(import.meta.url);
  // shiki's exports do not include its package.json: it lies above the resolved entry.
  for (let dir = path.dirname(require.resolve('shiki')); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'shiki') return manifest.version ?? 'unknown';
    } catch {
      // No manifest at this level.
    }
  }
  return 'unknown';
}
