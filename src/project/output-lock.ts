import { linkSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from './swap-folder.ts';

/** How often a waiting build looks whether the other one has finished. */
const POLL_MS = 250;

/**
 * Takes the lock on an output folder (`.dist.lesdia-lock` beside it, holding the pid), so two builds into
 * the same folder run one after the other: the second says so and waits. A lock whose process is gone (a
 * killed build) is taken over. Returns the function that releases it.
 */
export async function acquireOutputLock(outDir: string, log: (line: string) => void): Promise<() => void> {
  const lock = path.join(path.dirname(outDir), `.${path.basename(outDir)}.lesdia-lock`);
  const mine = `${lock}.${process.pid}`;
  removeDeadClaims(lock);
  writeFileSync(mine, `${process.pid}\n`);
  let told = false;
  try {
    for (;;) {
      try {
        // link() fails when the lock exists: taking it is one atomic step.
        linkSync(mine, lock);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(lock);
      if (holder === undefined || !isAlive(holder)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (!told) log(`another lesdia (process ${holder ?? '?'}) is writing ${path.relative(process.cwd(), outDir) || '.'}; waiting for it to finish`);
      told = true;
      await sleep(POLL_MS);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  return () => {
    if (readHolder(lock) === process.pid) rmSync(lock, { force: true });
  };
}

/** Deletes the `LOCK.PID` files of processes killed while they were taking the lock (before they could remove theirs). */
function removeDeadClaims(lock: string): void {
  const name = path.basename(lock);
  for (const entry of readdirSync(path.dirname(lock))) {
    if (!entry.startsWith(`${name}.`)) continue;
    const pid = Number(entry.slice(name.length + 1));
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) rmSync(path.join(path.dirname(lock), entry), { force: true });
  }
}

function readHolder(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}
