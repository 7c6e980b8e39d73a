import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSecrets, type LiveSecrets } from './live-secrets.ts';

/** Secrets younger than this are used again, so a restarted `lesdia present` keeps its links and open tabs. */
const KEEP_MS = 12 * 60 * 60 * 1000;
const RE_SECRET = /^[\w-]{16,100}$/;

/**
 * The session's secrets, kept in `file` (readable by the user alone): the presenter's tab, the phone and the
 * students' devices reconnect to a restarted server with the links they have.
 */
export function loadOrCreateSecrets(file: string, now = Date.now()): LiveSecrets {
  try {
    if (now - statSync(file).mtimeMs < KEEP_MS) {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<LiveSecrets>;
      if (RE_SECRET.test(stored.presenter ?? '') && RE_SECRET.test(stored.remote ?? '') && stored.presenter !== stored.remote) {
        return { presenter: stored.presenter ?? '', remote: stored.remote ?? '' };
      }
    }
  } catch {
    // None kept yet, or unreadable: new ones below.
  }
  const secrets = createSecrets();
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(secrets), { mode: 0o600 });
  renameSync(temp, file);
  return secrets;
}
