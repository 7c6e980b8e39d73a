import { chromium, type Browser } from 'playwright-core';
import { chromiumStartError, CHROMIUM_ARGS, locateChromium } from './locate-chromium.ts';
import { runTempFolder } from './run-temp.ts';

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
    throw chromiumStartError(executablePath, error instanceof Error ? error.message : String(error));
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}
