import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledDeck } from '../compile.ts';
import type { ImageResolution, ImageResolver } from '../render/render-context.ts';
import { LESDIA_ROOT } from './lesdia-paths.ts';

/** Raised whenever what a cache file holds changes shape. */
const CACHE_FORMAT = 1;

/** Everything a compile reads besides the images: the page, where it is shown from, and how it is built. */
export interface CompileInput {
  displayPath: string;
  text: string;
  invalidUtf8: boolean;
  clientEntry: string;
  singleFile: boolean;
}

interface CacheFile {
  key: string;
  /** Every image the compile resolved, with what it found: the cache holds only while the disk still says the same. */
  images: [src: string, resolution: ImageResolution][];
  compiled: CompiledDeck;
}

/** The compiled decks of earlier runs, one file per deck in the project's `node_modules/.cache/lesdia/decks/`. */
export interface CompiledDeckCache {
  /** The earlier result for this input, if the images it resolved resolve the same way now. */
  read(deckFile: string, input: CompileInput, resolveImage: ImageResolver): CompiledDeck | undefined;
  /** Keeps a result (temp file and rename); a cache that cannot be written costs time only. */
  write(deckFile: string, input: CompileInput, images: CacheFile['images'], compiled: CompiledDeck): void;
}

/**
 * Compiling is a pure function of the page, the compile options, lesdia's own code and dependencies, and
 * what the image resolver finds on disk. A result is reused only when all of them are the same: the key
 * holds the first three (lesdia's code by a digest of every source file and the lockfile), and the images
 * are resolved again and compared.
 */
export function openCompiledDeckCache(projectDir: string): CompiledDeckCache {
  const dir = path.join(projectDir, 'node_modules/.cache/lesdia/decks');
  let code: string | undefined;
  const keyOf = (input: CompileInput) => {
    code ??= lesdiaCodeDigest();
    return createHash('sha256').update(JSON.stringify([CACHE_FORMAT, code, input.displayPath, input.clientEntry, input.singleFile, input.invalidUtf8, input.text])).digest('hex');
  };
  const fileOf = (deckFile: string) => path.join(dir, `${createHash('sha256').update(deckFile).digest('hex').slice(0, 24)}.json`);
  return {
    read(deckFile, input, resolveImage) {
      const file = fileOf(deckFile);
      if (!existsSync(file)) return undefined;
      try {
        const cached = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
        if (cached.key !== keyOf(input)) return undefined;
        if (!cached.images.every(([src, found]) => JSON.stringify(resolveImage(src)) === JSON.stringify(found))) return undefined;
        return cached.compiled;
      } catch {
        return undefined;
      }
    },
    write(deckFile, input, images, compiled) {
      const file = fileOf(deckFile);
      const temp = `${file}.${process.pid}`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temp, JSON.stringify({ key: keyOf(input), images, compiled } satisfies CacheFile));
        renameSync(temp, file);
      } catch {
        // A project lesdia may not write into: the next run compiles again.
      }
    },
  };
}

/** An image resolver that also keeps what it was asked and what it answered, for the cache to check later. */
export function recordingResolver(resolve: ImageResolver): { resolve: ImageResolver; images: CacheFile['images'] } {
  const images: CacheFile['images'] = [];
  return {
    images,
    resolve: (src) => {
      const found = resolve(src);
      images.push([src, found]);
      return found;
    },
  };
}

/** A digest of lesdia's sources (every file under `src/`) and of the versions of its dependencies. */
export function lesdiaCodeDigest(root = LESDIA_ROOT): string {
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true }).toSorted((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) visit(full);
      else hash.update(`${path.relative(root, full)}\n`).update(readFileSync(full)).update('\n');
    }
  };
  visit(path.join(root, 'src'));
  for (const file of ['package-lock.json', 'package.json']) {
    const full = path.join(root, file);
    if (existsSync(full)) hash.update(`${file}\n`).update(readFileSync(full));
  }
  return hash.digest('hex');
}
