import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive } from '../project/swap-folder.ts';
import { stopOrphanedChromium } from './stop-orphaned-chromium.ts';

const RE_RUN_FOLDER = /^lesdia-run-(\d+)-/;
const SIGNAL_STATUS: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let runFolder: string | undefined;
const beforeRemoval = new Set<() => void>();

/**
 * This run's temporary folder (`$TMPDIR/lesdia-run-PID-…`), holding every temporary site and Chromium
 * profile of the run: removed when the process ends, also on an error, Ctrl+C or SIGTERM; folders of
 * runs that were killed outright (kill -9) are removed by the next run.
 */
export function runTempFolder(): string {
  if (runFolder) return runFolder;
  const tmp = os.tmpdir();
  for (const name of safeReaddir(tmp)) {
    const pid = Number(RE_RUN_FOLDER.exec(name)?.[1]);
    if (pid && !isAlive(pid)) removeStale(path.join(tmp, name));
  }
  const folder = mkdtempSync(path.join(tmp, `lesdia-run-${process.pid}-`));
  runFolder = folder;
  const remove = () => {
    for (const release of beforeRemoval) release();
    beforeRemoval.clear();
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', remove);
  for (const signal of Object.keys(SIGNAL_STATUS)) {
    process.once(signal, () => {
      remove();
      process.exit(SIGNAL_STATUS[signal]);
    });
  }
  return folder;
}

/**
 * Runs `release` (synchronously) before this run's folder is removed as the process ends, so a browser
 * writing into its profile there is stopped first. The returned function unregisters it.
 */
export function beforeRunTempRemoved(release: () => void): () => void {
  beforeRemoval.add(release);
  return () => beforeRemoval.delete(release);
}

/** A fresh folder inside this run's temporary folder (see `runTempFolder`). */
export function makeTempFolder(kind: string): string {
  const parent = runTempFolder();
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${kind}-`));
}

/**
 * A killed run's folder: its Chromium, if still quitting, is stopped first; the removal is retried a few
 * times while the last writes land and, failing that, left to the next run.
 */
function removeStale(folder: string): void {
  stopOrphanedChromium(folder);
  try {
    rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  } catch {
    // Still in use: the next run tries again.
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
