import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LESDIA_ROOT } from './lesdia-paths.ts';
import { restoreInterruptedSwap } from './swap-folder.ts';

/** The file that marks a folder as lesdia's output, which lesdia may then replace. */
export const OUTPUT_MARKER = '.lesdia-output';
const RE_GENERATOR = /<meta name="generator" content="lesdia">/;

/** lesdia will not touch the output folder: the message says why and what to do instead. Exit status 2. */
export class OutputRefusedError extends Error {}

export interface OutputGuard {
  /** Folders lesdia reads from; the output may be neither one of them, inside one, nor around one. */
  sources: readonly string[];
  /** Folders the output may not be or hold (the project root): a site may go inside one, not replace it. */
  around: readonly string[];
}

/**
 * Refuses an output folder lesdia may not replace, before anything is written: it must be absent, empty,
 * or marked as lesdia's (a marker file, or for sites built before the marker existed, lesdia's generator
 * tag on every page), and never a source folder, a folder inside one, a folder that holds the project,
 * the working directory, the home folder or `/`. A site left half-swapped by a killed build is restored.
 */
export function prepareOutputFolder(outDir: string, guard: OutputGuard): void {
  const out = realTarget(outDir);
  const shown = display(path.resolve(outDir));
  const cannot = (why: string, todo = 'choose another folder with --out, for example --out dist') => new OutputRefusedError(`will not write to ${shown}: ${why}; ${todo}`);
  if (out === path.parse(out).root) throw cannot('it is the root of the file system');
  if (out === realTarget(os.homedir())) throw cannot('it is your home folder');
  for (const source of guard.sources.map(realTarget)) {
    if (out === source) throw cannot('it holds the course pages, which lesdia only reads');
    if (isInside(out, source)) throw cannot(`it is inside ${display(source)}, which holds the course pages; lesdia only reads there`);
  }
  const around = [...guard.sources, ...guard.around, process.cwd(), LESDIA_ROOT].map(realTarget);
  const held = around.find((dir) => isInside(dir, out) || dir === out);
  if (held) throw cannot(held === out ? 'it is the folder lesdia works in' : `it holds ${display(held)}, which replacing it would delete`);
  restoreInterruptedSwap(outDir);
  if (!existsSync(outDir)) return;
  const stat = lstatSync(outDir);
  if (stat.isSymbolicLink()) throw cannot('it is a symbolic link', 'point --out at a real folder');
  if (!stat.isDirectory()) throw cannot('it is a file, not a folder');
  const foreign = foreignEntries(outDir);
  if (foreign.length > 0) {
    throw cannot(`it holds files lesdia did not make (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''})`, 'move them away, or choose another folder with --out');
  }
}

/** The entries of a folder that show it is not lesdia's; none when it is empty or marked. */
function foreignEntries(dir: string): string[] {
  const names = readdirSync(dir);
  if (names.length === 0) return [];
  if (names.includes(OUTPUT_MARKER)) {
    const own = new Set([OUTPUT_MARKER, ...readMarker(dir)]);
    // `.lesdia-*` files (the marker, the site stamp) are lesdia's own too.
    return names.filter((name) => !own.has(name) && !name.startsWith('.lesdia-'));
  }
  // A site from before the marker: index.html and every deck page carry lesdia's generator tag.
  if (!hasGenerator(path.join(dir, 'index.html'))) return names;
  return names.filter((name) => {
    if (name === 'index.html' || name === 'assets' || name.endsWith('.pdf') || name.startsWith('.lesdia-')) return false;
    const full = path.join(dir, name);
    return !(hasGenerator(path.join(full, 'index.html')) || (name.endsWith('.html') && hasGenerator(full)));
  });
}

/** The top-level names lesdia wrote into a marked folder (the marker's lines after the first). */
export function readMarker(dir: string): string[] {
  try {
    return readFileSync(path.join(dir, OUTPUT_MARKER), 'utf8').split('\n').slice(1).filter(Boolean);
  } catch {
    return [];
  }
}

function hasGenerator(file: string): boolean {
  try {
    return lstatSync(file).isFile() && RE_GENERATOR.test(readFileSync(file, 'utf8').slice(0, 4096));
  } catch {
    return false;
  }
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
export function realTarget(dir: string): string {
  const absolute = path.resolve(dir);
  const missing: string[] = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    try {
      return path.join(realpathSync(current), ...missing.toReversed());
    } catch {
      if (path.dirname(current) === current) return absolute;
      missing.push(path.basename(current));
    }
  }
}

/** True when `file` lies strictly under `dir` (both absolute, resolved). */
export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function display(dir: string): string {
  const relative = path.relative(realTarget(process.cwd()), dir);
  return relative === '' ? '.' : relative.startsWith('..') ? dir : relative;
}
