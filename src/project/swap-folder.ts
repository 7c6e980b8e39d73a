import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const RE_LEFTOVER = /^\.(.+)\.lesdia-(staging|previous)-(\d+)$/;
// Names used before the leftovers were hidden; still cleaned up.
const RE_OLD_LEFTOVER = /^(.+)\.lesdia-(staging|previous)-(\d+)$/;

/** Where a build writes the new site (`.dist.lesdia-staging-PID`, beside the output folder). */
export function stagingFolder(outDir: string): string {
  return sibling(outDir, 'staging');
}

/**
 * Puts `staging` in place of `outDir` with two renames: the old site moves aside, the new one moves in,
 * then the old one is deleted. A kill between the renames leaves the old site complete beside the output
 * folder, and `restoreInterruptedSwap` (run by the next lesdia before it touches the folder) moves it back.
 */
export function swapFolder(staging: string, outDir: string): void {
  const previous = sibling(outDir, 'previous');
  testHook('staged');
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, previous);
  testHook('moved-aside');
  renameSync(staging, outDir);
  testHook('swapped');
  if (hadOld) rmSync(previous, { recursive: true, force: true });
}

/**
 * Repairs what a killed build left beside `outDir`: a missing output folder gets its old site back, and
 * staging and previous folders are deleted. Only called while holding the output lock (or before taking
 * it): folders of builds still running are left alone.
 */
export function restoreInterruptedSwap(outDir: string): void {
  const previous = leftovers(outDir).filter((entry) => entry.kind === 'previous');
  const [newest] = previous;
  if (!existsSync(outDir) && newest) renameSync(newest.path, outDir);
}

/** Deletes the staging and previous folders of earlier, dead builds into `outDir`. */
export function removeLeftovers(outDir: string): void {
  restoreInterruptedSwap(outDir);
  for (const entry of leftovers(outDir)) rmSync(entry.path, { recursive: true, force: true });
}

function leftovers(outDir: string): { path: string; kind: string }[] {
  const parent = path.dirname(outDir);
  const name = path.basename(outDir);
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .flatMap((entry) => {
      const match = RE_LEFTOVER.exec(entry) ?? RE_OLD_LEFTOVER.exec(entry);
      if (!match || match[1] !== name || isAlive(Number(match[3]))) return [];
      return [{ path: path.join(parent, entry), kind: match[2] ?? '' }];
    })
    .toSorted((a, b) => b.path.localeCompare(a.path));
}

/** Whether another process with this id runs (then its staging folder is in use, not a leftover). */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sibling(outDir: string, kind: 'staging' | 'previous'): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.lesdia-${kind}-${process.pid}`);
}

/**
 * The safety tests kill a build at each step of the swap: `LESDIA_TEST_KILL_AT=moved-aside` makes this
 * process kill itself (SIGKILL, as `kill -9` would) at that step. Both variables are unset in normal use.
 */
function testHook(step: string): void {
  if (process.env.LESDIA_TEST_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
  // `LESDIA_TEST_PAUSE_AT=staged` holds the build (and its lock) there until the file named by
  // LESDIA_TEST_RESUME exists (at most a minute), so a test can run a second build meanwhile.
  const resume = process.env.LESDIA_TEST_RESUME;
  if (process.env.LESDIA_TEST_PAUSE_AT === step && resume) {
    for (let waited = 0; waited < 60_000 && !existsSync(resume); waited += 50) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}
