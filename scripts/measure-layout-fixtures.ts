// Measures the layout fixtures in Chromium: the height of every block below each slide's title, in CSS px of
// the 1280×720 slide, for the cases in tests/fixtures/layout/ and for every deck of tests/fixtures/real-pages/
// (follow-up slides included, so a quote or a list cut in parts is measured part by part). Writes
// tests/fixtures/layout/chromium-heights.json and real-pages-heights.json, which the layout model's unit test
// holds the model to (never shorter). Run after changing the theme or the fixtures:
// `npx tsx scripts/measure-layout-fixtures.ts`.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/browser/launch-chromium.ts';
import { serveStatic } from '../src/server/static-server.ts';
import { buildSite } from '../src/vite/build-site.ts';

const FIXTURES = path.resolve('tests/fixtures/layout');
const REAL_PAGES = path.resolve('tests/fixtures/real-pages');

interface Measured {
  slide: number;
  line: number;
  height: number;
}

async function measureDeck(browser: Browser, url: string): Promise<Measured[]> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    await page.goto(url);
    await page.locator('.reveal.lesdia-complete').waitFor();
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(() => {
      const deck = window.Reveal;
      const box = document.querySelector('.reveal .slides')?.getBoundingClientRect();
      if (!deck || !box) return [];
      const scale = box.height / 720;
      return deck.getHorizontalSlides().flatMap((section, index) => {
        deck.slide(index);
        return [...section.children]
          .filter((child, i) => !(i === 0 && /^H[1-6]$/.test(child.tagName)) && child.tagName !== 'ASIDE' && child.hasAttribute('data-line'))
          .map((child) => ({ slide: index, line: Number(child.getAttribute('data-line')), height: Math.round((child.getBoundingClientRect().height / scale) * 10) / 10 }));
      });
    });
  } finally {
    await page.close();
  }
}

async function measureSite(browser: Browser, slidesDir: string, decks: readonly string[]): Promise<Record<string, Measured[]>> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lesdia-layout-'));
  try {
    await buildSite({ slidesDir, outDir: out });
    const served = await serveStatic(out, '/');
    try {
      const heights: Record<string, Measured[]> = {};
      for (const deck of decks) heights[deck] = await measureDeck(browser, `${served.url}${deck}/`);
      return heights;
    } finally {
      served.server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const browser = await launchChromium();
try {
  const cases = await measureSite(browser, path.join(FIXTURES, 'slides'), ['cases']);
  writeFileSync(path.join(FIXTURES, 'chromium-heights.json'), `${JSON.stringify({ viewport: '1920x1080', chromium: browser.version(), heights: cases.cases }, null, 2)}\n`);
  const decks = readdirSync(REAL_PAGES).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, '')).toSorted();
  const real = await measureSite(browser, REAL_PAGES, decks);
  writeFileSync(path.join(FIXTURES, 'real-pages-heights.json'), `${JSON.stringify({ viewport: '1920x1080', chromium: browser.version(), decks: real }, null, 2)}\n`);
  console.log(`measured ${cases.cases?.length ?? 0} blocks of the cases and ${Object.values(real).flat().length} of ${decks.length} real pages`);
} finally {
  await browser.close();
}
