import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { acquireOutputLock } from '../project/output-lock.ts';
import { OUTPUT_MARKER, prepareOutputFolder, readMarker, type OutputGuard } from '../project/output-folder.ts';
import { removeLeftovers, stagingFolder, swapFolder } from '../project/swap-folder.ts';
import { createAnnotationsStore } from '../project/annotations-store.ts';
import { createDeckProject } from '../project/deck-project.ts';
import { loadClientBundle, type ClientBundle } from './client-bundle.ts';
import { createSiteConfig, type SiteConfigOptions } from './vite-config.ts';
import { writeSite } from './write-site.ts';

export interface SiteBuildOptions extends SiteConfigOptions {
  /** The browser client, when the caller started loading it early. @default loadClientBundle() */
  clientBundle?: Promise<ClientBundle>;
  outDir: string;
  /** What the output folder may not be (see `prepareOutputFolder`); checked again under the lock. @default the pages folder */
  guard?: OutputGuard;
  /** Progress lines, such as waiting for another build into the same folder. @default stderr */
  log?: (line: string) => void;
}

/**
 * The decks' site, written into a staging folder beside `outDir`, marked as lesdia's and swapped in at the
 * end, so a failed or killed build never leaves a half-written site and the previous one stays until the new
 * one is complete. Two builds into one folder take turns. The pages are written from the compiled decks and
 * the cached client bundle (see writeSite), the same site `vite build` through the lesdia plugin makes.
 */
export async function buildSite(options: SiteBuildOptions): Promise<void> {
  const { outDir, guard = { sources: [options.slidesDir], around: [] }, log = (line) => console.error(`lesdia: ${line}`) } = options;
  const project = options.project ?? createDeckProject(options);
  const annotations = options.ink === false ? undefined : (options.annotations ?? createAnnotationsStore(project.projectDir));
  const bundle = options.clientBundle ?? loadClientBundle();
  // A failure of the client's build surfaces below, where the site waits for it.
  bundle.catch(() => undefined);
  await withOutputFolder(outDir, guard, log, async () => {
    const staging = stagingFolder(outDir);
    try {
      mkdirSync(staging, { recursive: true });
      await writeSite(staging, { project, bundle: await bundle, annotations });
      writeMarker(staging, readdirSync(staging));
      swapFolder(staging, outDir);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });
}

/**
 * `lesdia build --single-file`: one self-contained `<slug>.html` per deck in `outDir` (script, styles,
 * fonts and images inlined), each built on its own so no code is shared between files.
 */
export async function buildSingleFiles(options: SiteBuildOptions & { decks: readonly { slug: string; file: string }[] }): Promise<string[]> {
  const { outDir, decks, guard = { sources: [options.slidesDir], around: [] }, log = (line) => console.error(`lesdia: ${line}`), ...site } = options;
  return withOutputFolder(outDir, guard, log, async () => {
    const staging = mkdtempSync(path.join(path.dirname(outDir), '.lesdia-single-'));
    const written: string[] = [];
    // Vite is loaded only here: every deck's single file is a bundle of its own.
    const { build } = await import('vite');
    try {
      for (const deck of decks) {
        const deckDir = path.join(staging, deck.slug);
        await build(createSiteConfig({ ...site, files: [deck.file], singleFile: true, outDir: deckDir }));
        written.push(path.join(staging, `${deck.slug}.html`));
        renameSync(path.join(deckDir, deck.slug, 'index.html'), path.join(staging, `${deck.slug}.html`));
      }
      // Only when every deck built are the files moved into place, each with one rename.
      mkdirSync(outDir, { recursive: true });
      writeMarker(outDir, written.map((file) => path.basename(file)));
      return written.map((file) => {
        const target = path.join(outDir, path.basename(file));
        renameSync(file, target);
        return target;
      });
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });
}

/**
 * Runs `write` holding the lock on `outDir`, after the output contract is checked again (another build may
 * have changed the folder while this one waited) and leftovers of killed builds are removed.
 */
export async function withOutputFolder<T>(outDir: string, guard: OutputGuard, log: (line: string) => void, write: () => Promise<T>): Promise<T> {
  prepareOutputFolder(outDir, guard);
  mkdirSync(path.dirname(outDir), { recursive: true });
  const release = await acquireOutputLock(outDir, log);
  try {
    prepareOutputFolder(outDir, guard);
    removeLeftovers(outDir);
    return await write();
  } finally {
    release();
  }
}

/**
 * Marks a folder as lesdia's output, so a later build may replace it (see `prepareOutputFolder`), and
 * records the top-level names lesdia wrote there (added to those already recorded): anything else found
 * there later is someone else's, and the folder is then left alone.
 */
export function writeMarker(dir: string, names: readonly string[]): void {
  const marker = path.join(dir, OUTPUT_MARKER);
  const recorded = new Set([...readMarker(dir), ...names.filter((name) => name !== OUTPUT_MARKER)]);
  writeFileSync(`${marker}.tmp`, ['This folder was written by lesdia, which replaces it on the next build. What it wrote:', ...[...recorded].toSorted(), ''].join('\n'));
  renameSync(`${marker}.tmp`, marker);
}
