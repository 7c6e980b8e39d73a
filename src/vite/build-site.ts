import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
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
