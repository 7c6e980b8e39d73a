import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { E2E_REAL_PAGES_SITE } from './paths.ts';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveStatic(E2E_REAL_PAGES_SITE, '/');
});
test.afterAll(() => site.server.close());

test('on a phone, reading mode shows a quote with its bar and no wide margins, and code at a reading size', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`${site.url}oefening-lijst-in-citaat/?view=review#oefening-3-boodschappenlijst`);
  const article = page.locator('#oefening-3-boodschappenlijst');
  const quote = article.locator('blockquote');
  await expect(quote).toBeVisible();
  const style = await quote.evaluate((el) => {
    const css = getComputedStyle(el);
    return { bar: css.borderLeftStyle, left: css.marginLeft, right: css.marginRight, tint: css.backgroundColor };
  });
  expect(style).toMatchObject({ bar: 'solid', left: '0px', right: '0px' });
  expect(style.tint).not.toBe('rgba(0, 0, 0, 0)');
  // Code lines take the reading size, not the slide's, and inline code is set off from the text.
  const line = article.locator('pre.code .line').first();
  expect(await line.evaluate((el) => getComputedStyle(el).fontSize)).toBe('15px');
  const inline = article.locator('li code:not(pre code)').first();
  expect(await inline.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('JetBrains Mono');
  // Nothing pushes the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await page.screenshot({ path: testInfo.outputPath('review-phone-quote.png') });
});
