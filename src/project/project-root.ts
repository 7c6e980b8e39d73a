import os from 'node:os';
import path from 'node:path';
import { isInside, realTarget } from './output-folder.ts';

/**
 * The project root for a folder of course pages: the folder that holds it (with `assets/` beside it, as on
 * the course site), unless that would lie above the working directory, or be the home folder or `/`; then
 * the pages folder itself. So `cd cursus && lesdia build .` reads nothing in `../`.
 */
export function findProjectRoot(slidesDir: string, cwd = process.cwd()): string {
  const pages = realTarget(slidesDir);
  const parent = path.dirname(pages);
  const here = realTarget(cwd);
  if (parent === pages || parent === realTarget(os.homedir()) || parent === path.parse(parent).root) return pages;
  if (isInside(here, parent)) return pages;
  return parent;
}
