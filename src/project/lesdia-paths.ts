import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * lesdia's own folder (where its package.json is), found from this module whether it runs from `src/`
 * through tsx or from the bundled CLI in node_modules/.cache.
 */
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lesdia') return dir;
    if (path.dirname(dir) === dir) throw new Error(`lesdia: cannot find lesdia's package.json above ${start}`);
  }
}

export const LESDIA_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const CLIENT_DIR = path.join(LESDIA_ROOT, 'src/client');
