import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { themeSizesCss } from '../layout/theme-sizes-css.ts';
import { LESDIA_ROOT } from '../project/lesdia-paths.ts';

/** Raised whenever what the bundle cache stores changes shape, so an older cache is never read. */
const CACHE_FORMAT = 1;

/**
 * The name of the cached browser bundle: what builds it, but not the files it is built from (those are
 * recorded in the cache and checked by `inputsDigest`). Vite's configuration and lesdia's plugins (the
 * source of `src/vite/`), the theme's sizes (a virtual module), and the versions of every dependency.
 */
export function clientBundleKey(sizesCss = themeSizesCss()): string {
  const hash = createHash('sha256');
  hash.update(`lesdia client bundle ${CACHE_FORMAT}\n${sizesCss}\n`);
  const viteDir = path.join(LESDIA_ROOT, 'src/vite');
  for (const name of readdirSync(viteDir).toSorted()) hash.update(`${name}\n${readFileSync(path.join(viteDir, name))}\n`);
  hash.update(dependencyVersions());
  return hash.digest('hex').slice(0, 24);
}

/**
 * One digest over the content of these files (the modules and assets a bundle was built from); a file
 * that is gone gives a digest no bundle was built with.
 */
export function inputsDigest(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(existsSync(file) ? readFileSync(file) : '\0missing\0');
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The lockfile pins every version; installed as a dependency, lesdia has none, so its own manifest stands in. */
function dependencyVersions(): string {
  for (const file of ['package-lock.json', 'package.json']) {
    const full = path.join(LESDIA_ROOT, file);
    if (existsSync(full)) return `${file}\n${readFileSync(full, 'utf8')}`;
  }
  return 'no manifest';
}
