import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { createSiteConfig, type SiteConfigOptions } from './vite-config.ts';

/**
 * `vite build` of the decks into `outDir`, written beside it and swapped in at the end, so a failed build
 * never leaves a half-written site and the previous one stays until the new one is complete.
 */
export async function buildSite(options: SiteConfigOptions & { outDir: string }): Promise<void> {
  const { outDir } = options;
  const staging = `${outDir}.lesdia-staging-${process.pid}`;
  const previous = `${outDir}.lesdia-previous-${process.pid}`;
  mkdirSync(path.dirname(outDir), { recursive: true });
  try {
    await build(createSiteConfig({ ...options, outDir: staging }));
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * `lesdia build --single-file`: one self-contained `<slug>.html` per deck in `outDir` (script, styles,
 * fonts and images inlined), each built on its own so no code is shared between files.
 */
export async function buildSingleFiles(options: SiteConfigOptions & { outDir: string; decks: readonly { slug: string; file: string }[] }): Promise<string[]> {
  const { outDir, decks, ...site } = options;
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(outDir), '.lesdia-single-'));
  const written: string[] = [];
  try {
    for (const deck of decks) {
      const deckDir = path.join(staging, deck.slug);
      await build(createSiteConfig({ ...site, files: [deck.file], singleFile: true, outDir: deckDir }));
      written.push(path.join(staging, `${deck.slug}.html`));
      renameSync(path.join(deckDir, deck.slug, 'index.html'), path.join(staging, `${deck.slug}.html`));
    }
    // Only when every deck built are the files moved into place.
    return written.map((file) => {
      const target = path.join(outDir, path.basename(file));
      renameSync(file, target);
      return target;
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
