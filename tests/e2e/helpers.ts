import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { createSiteConfig } from '../../src/vite/vite-config.ts';
import { freePort } from '../support/free-port.ts';
import { FIXTURE_PROJECT } from './paths.ts';

/** Every request the context makes (popups and frames included) that leaves `origin`. */
export function collectOutsideRequests(context: BrowserContext, origin: string): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) outside.push(url);
  });
  return outside;
}

/** The index of the slide on screen, read from the DOM the way a viewer sees it. */
export async function currentSlide(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.classList.contains('present')));
}

export async function waitForDeck(page: Page): Promise<void> {
  await page.locator('.reveal.lesdia-complete').waitFor();
}

/** A copy of the fixture project in a temp folder, served by lesdia's Vite dev server on a free loopback port. */
export interface DevProject {
  work: string;
  server: ViteDevServer;
  base: string;
  close(): Promise<void>;
}

export async function startDevProject(prefix: string): Promise<DevProject> {
  const work = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(FIXTURE_PROJECT, work, { recursive: true });
  const port = await freePort();
  const server = await createServer({ ...createSiteConfig({ slidesDir: path.join(work, 'slides'), port }), server: { port, strictPort: true, host: '127.0.0.1' } });
  await server.listen();
  return {
    work,
    server,
    base: `http://127.0.0.1:${port}/`,
    async close() {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
