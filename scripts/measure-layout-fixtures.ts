// Measures the layout fixtures in Chromium: the height of every block below each slide's title, in CSS px of
// the 1280×720 slide. Writes tests/fixtures/layout/chromium-heights.json, which the layout model's unit test
// holds the model to (never shorter). Run after changing the theme or the fixtures:
// `npx tsx scripts/measure-layout-fixtures.ts`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../src/browser/launch-chromium.ts';
import { serveStatic } from '../src/server/static-server.ts';
import { buildSite } from '../src/vite/build-site.ts';

const FIXTURES = path.resolve('tests/fixtures/layout');
const out = mkdtempSync(path.join(os.tmpdir(), 'lesdia-layout-'));
try {
  await buildSite({ slidesDir: path.join(FIXTURES, 'slides'), outDir: out });
  const served = await serveStatic(out, '/');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${served.url}cases/`);
    await page.locator('.reveal.lesdia-complete').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const heights = await page.evaluate(() => {
      const deck = window.Reveal;
      const box = document.querySelector('.reveal .slides')?.getBoundingClientRect();
      if (!deck || !box) return [];
      const scale = box.height / 720;
      return deck.getHorizontalSlides().flatMap((section, index) => {
        deck.slide(index);
        return [...section.children]
          .filter((child, i) => !(i === 0 && /^H[1-6]$/.test(child.tagName)) && child.tagName !== 'ASIDE')
          .map((child) => ({ slide: index, line: Number(child.getAttribute('data-line')), height: Math.round((child.getBoundingClientRect().height / scale) * 10) / 10 }));
      });
    });
    writeFileSync(path.join(FIXTURES, 'chromium-heights.json'), `${JSON.stringify({ viewport: '1920x1080', chromium: browser.version(), heights }, null, 2)}\n`);
    console.log(`measured ${heights.length} blocks`);
  } finally {
    await browser.close();
    served.server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
