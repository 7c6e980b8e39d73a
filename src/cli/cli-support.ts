import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { DeckProject } from '../project/deck-project.ts';

export const EXIT_OK = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** A mistake in the command line: printed with the usage, exit status 2. */
export class UsageError extends Error {}

export interface CommandInput {
  slidesDir: string;
  files?: string[];
}

/** `DIR` or `FILE…` to the slides folder and, for files, which decks of it to take. */
export function resolveInput(positionals: readonly string[]): CommandInput {
  if (positionals.length === 0) return { slidesDir: path.resolve('slides') };
  const [first = ''] = positionals;
  if (positionals.length === 1 && existsSync(first) && statSync(first).isDirectory()) return { slidesDir: path.resolve(first) };
  for (const file of positionals) {
    if (!existsSync(file)) throw new UsageError(`no such file or folder: ${file}`);
    if (!file.endsWith('.md')) throw new UsageError(`not a course page (.md): ${file}`);
  }
  const dirs = new Set(positionals.map((file) => path.dirname(path.resolve(file))));
  if (dirs.size > 1) throw new UsageError('course pages given as files must share one folder');
  return { slidesDir: [...dirs][0] ?? path.resolve('slides'), files: positionals.map((file) => path.resolve(file)) };
}

/**
 * The project's decks, or a usage error when the folder holds none. Entries named `*.md` that are not read
 * (a folder, a FIFO, a link out of the project) are printed as warnings first, unless `quiet`.
 */
export function requireDecks(project: DeckProject, quiet = false): ReturnType<DeckProject['listDecks']> {
  if (!quiet) for (const skipped of project.skipped()) console.error(`${formatDiagnostic(skipped, '')}\n`);
  const decks = project.listDecks();
  if (decks.length === 0) throw new UsageError(`no course pages (*.md) in ${relative(project.slidesDir) || '.'}`);
  return decks;
}

export function relative(file: string): string {
  return path.relative(process.cwd(), file);
}
