import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive } from '../project/swap-folder.ts';

const RE_RUN_FOLDER = /^lesdia-run-(\d+)-/;
const SIGNAL_STATUS: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let runFolder: string | undefined;

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
    if (pid && !isAlive(pid)) rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
  const folder = mkdtempSync(path.join(tmp, `lesdia-run-${process.pid}-`));
  runFolder = folder;
  const remove = () => rmSync(folder, { recursive: true, force: true });
  process.once('exit', remove);
  for (const signal of Object.keys(SIGNAL_STATUS)) {
    process.once(signal, () => {
      remove();
      process.exit(SIGNAL_STATUS[signal]);
    });
  }
  return folder;
}

/** A fresh folder inside this run's temporary folder (see `runTempFolder`). */
export function makeTempFolder(kind: string): string {
  const parent = runTempFolder();
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, `${kind}-`));
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
