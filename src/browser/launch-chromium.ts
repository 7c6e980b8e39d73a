import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, locateChromium } from './locate-chromium.ts';
import { runTempFolder } from './run-temp.ts';
import { SetupError } from './setup-error.ts';

/**
 * Chromium as lesdia drives it: the system's browser, headless, no background traffic. Its profile goes
 * into this run's temporary folder, so a killed run leaves no profile behind for long (see `runTempFolder`).
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = locateChromium();
  // Playwright makes the profile folder in os.tmpdir(), which reads TMPDIR when it is called.
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = runTempFolder();
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    const source = process.env.LESDIA_CHROMIUM ? ' (from LESDIA_CHROMIUM)' : '';
    throw new SetupError(`could not start Chromium at ${executablePath}${source}: ${reason}. Point LESDIA_CHROMIUM at a Chromium or Chrome executable, or unset it to use /usr/bin/chromium.`);
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}
