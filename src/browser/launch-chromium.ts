import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, locateChromium } from './locate-chromium.ts';

/** Chromium as lesdia drives it: the system's browser, headless, no background traffic. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: locateChromium(), args: CHROMIUM_ARGS, headless: true });
}
