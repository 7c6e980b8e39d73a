import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, locateChromium } from './src/browser/locate-chromium.ts';

// Playwright drives the system's Chromium (Debian's package): browser downloads are not possible here.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: locateChromium(), args: CHROMIUM_ARGS },
  },
});
