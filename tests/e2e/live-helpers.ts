import type { Browser, Page } from '@playwright/test';
import { createSecrets, type LiveSecrets } from '../../src/server/live-secrets.ts';
import { startPresentServer, type PresentServer } from '../../src/server/present-server.ts';

/** `lesdia present`'s server on 127.0.0.1 and a free port, over a site built once for all tests. */
export async function startTestPresentServer(siteDir: string, secrets: LiveSecrets = createSecrets(), port = 0): Promise<PresentServer & { origin: string; secrets: LiveSecrets }> {
  const server = await startPresentServer({ siteDir, secrets, host: '127.0.0.1', port, studentsUrl: (p) => `http://127.0.0.1:${p}/` });
  return { ...server, origin: `http://127.0.0.1:${server.port}`, secrets };
}

/** A device of its own (a browser context), opened at `url`, once its deck is ready and live. */
export async function openDevice(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** The slide and build step a page shows, as reveal reports them. */
export async function position(page: Page): Promise<string> {
  return page.evaluate(() => {
    const reveal = (window as unknown as { Reveal?: { getIndices(): { h: number; f?: number } } }).Reveal;
    const indices = reveal?.getIndices();
    return indices ? `${indices.h}/${indices.f ?? -1}` : 'none';
  });
}

export async function waitLive(page: Page): Promise<void> {
  await page.locator('.live-status[data-status="live"]').waitFor();
}
