import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { currentSlide, waitForDeck } from './helpers.ts';
import { E2E_LONG_SITE } from './paths.ts';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveStatic(E2E_LONG_SITE, '/');
});
test.afterAll(() => site.server.close());

test('a long deck shows its first slide, then has every slide', async ({ page }) => {
  await page.goto(`${site.url}python-basis/`);
  await waitForDeck(page);
  const total = await page.locator('.reveal .slides > section').count();
  expect(total).toBe(58);
  await expect(page.locator('.slide-number')).toHaveText(`1 / ${total}`);
  await page.keyboard.press('End');
  expect(await currentSlide(page)).toBe(total - 1);
});

test('a link to a slide far into a long deck opens that slide', async ({ page }) => {
  await page.goto(`${site.url}python-basis/#/modules-en-pakketten`);
  await waitForDeck(page);
  await expect(page.locator('section.present h3')).toContainText('Modules en pakketten');
  expect(await currentSlide(page)).toBeGreaterThan(40);
});

test('reading mode and the speaker view of a long deck have every slide', async ({ page }) => {
  await page.goto(`${site.url}sql-queries/?view=review`);
  await expect(page.locator('article.review-slide')).toHaveCount(9);
  await page.goto(`${site.url}sql-queries/`);
  await waitForDeck(page);
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker.locator('.speaker-counter')).toHaveText('Dia 1 van 67');
});
