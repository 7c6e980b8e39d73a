import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * A run killed outright (kill -9) leaves its Chromium quitting by itself, which can take a moment while it
 * still writes into its profile. Before that run's folder is removed, such a browser is stopped: found by
 * the lock Chromium keeps in its profile (`SingletonLock` → `host-PID`), and killed only when that process's
 * command line names this very profile, so a process id reused by another program is never touched.
 */
export function stopOrphanedChromium(runFolder: string): void {
  for (const entry of entries(runFolder)) {
    if (!entry.startsWith('chromium-profile-')) continue;
    const profile = path.join(runFolder, entry);
    const pid = lockHolder(profile);
    if (pid === undefined || !commandLine(pid).includes(`--user-data-dir=${profile}`)) continue;
    try {
      // The launcher made it a process group's leader: its renderers go with it.
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
  }
}

function lockHolder(profile: string): number | undefined {
  try {
    const pid = Number(/-(\d+)$/.exec(readlinkSync(path.join(profile, 'SingletonLock')))?.[1]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Linux's /proc; elsewhere nothing is read, and nothing is killed. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function entries(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
