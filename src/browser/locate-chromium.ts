import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SetupError } from './setup-error.ts';

/** Flags for Chromium on a school laptop, a CI box or as root in a container; no background traffic. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Finds a Chromium to drive: $LESDIA_CHROMIUM, the system's /usr/bin/chromium, then Playwright's own
 * browsers. Throws a message that says how to install one when there is none.
 */
export function locateChromium(env: NodeJS.ProcessEnv = process.env, fallbacks: readonly (string | (() => string | undefined))[] = [...SYSTEM_CHROMIUM, safePlaywrightPath]): string {
  const chosen = env.LESDIA_CHROMIUM;
  if (chosen) {
    // Asked for by name: a missing or wrong one is an error, never silently replaced by another browser.
    const stat = statSync(chosen, { throwIfNoEntry: false });
    if (!stat) throw new SetupError(`LESDIA_CHROMIUM is ${chosen}, which does not exist; point it at a Chromium or Chrome executable, or unset it (Debian/Ubuntu: \`sudo apt-get install chromium\`)`);
    if (!stat.isFile() || (stat.mode & 0o111) === 0) throw new SetupError(`LESDIA_CHROMIUM is ${chosen}, which is not an executable file; point it at a Chromium or Chrome executable, or unset it`);
    return chosen;
  }
  for (const fallback of fallbacks) {
    const candidate = typeof fallback === 'function' ? fallback() : fallback;
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new SetupError(
    'no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
      'or point LESDIA_CHROMIUM at a Chromium or Chrome executable.',
  );
}

/** Chromium at `executablePath` would not start: what happened, and how to point lesdia at another. */
export function chromiumStartError(executablePath: string, reason: string): SetupError {
  const source = process.env.LESDIA_CHROMIUM ? ' (from LESDIA_CHROMIUM)' : '';
  const firstLine = reason.split('\n')[0] ?? '';
  return new SetupError(`could not start Chromium at ${executablePath}${source}: ${firstLine}. Point LESDIA_CHROMIUM at a Chromium or Chrome executable, or unset it to use /usr/bin/chromium.`);
}

/** Playwright's own Chromium, when it has one; Playwright is loaded only when no system browser is found. */
function safePlaywrightPath(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
