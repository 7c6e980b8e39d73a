import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeckProject } from './deck-project.ts';
import { LESDIA_ROOT } from './lesdia-paths.ts';

/** Written into a built site: what it was built from, so `lesdia pdf` can print from it instead of building again. */
const STAMP = '.lesdia-site.json';

/**
 * A key for everything a site is built from: each deck's compiled page, the images it copies (by size and
 * time), and lesdia's own code and dependencies (by the newest time among them). Same key, same site.
 */
export async function siteKey(project: DeckProject, clientEntry: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`lesdia ${newestTime(path.join(LESDIA_ROOT, 'src'))} ${fileTime(path.join(LESDIA_ROOT, 'package-lock.json'))}\n`);
  for (const deck of project.listDecks()) {
    const compiled = await project.compile(deck, clientEntry);
    hash.update(`${deck.slug}\n${compiled.shell}\n${compiled.body}\n`);
    for (const asset of compiled.deck.assets) hash.update(`${asset.url} ${fileTime(asset.file)}\n`);
  }
  return hash.digest('hex');
}

/** Marks a complete site as built from `key` (temp file and rename: never half a stamp). */
export function writeSiteStamp(siteDir: string, key: string): void {
  const file = path.join(siteDir, STAMP);
  writeFileSync(`${file}.${process.pid}`, `${JSON.stringify({ key })}\n`);
  renameSync(`${file}.${process.pid}`, file);
}

/** Whether the site in `siteDir` was built from `key` and holds every one of these decks. */
export function siteIsCurrent(siteDir: string, key: string, slugs: readonly string[]): boolean {
  try {
    const stamp = JSON.parse(readFileSync(path.join(siteDir, STAMP), 'utf8')) as { key?: unknown };
    return stamp.key === key && slugs.every((slug) => existsSync(path.join(siteDir, slug, 'index.html')));
  } catch {
    return false;
  }
}

function fileTime(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function newestTime(dir: string): number {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}
