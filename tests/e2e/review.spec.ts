import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { collectOutsideRequests, waitForDeck } from './helpers.ts';
import { E2E_FIXTURE_SITE, E2E_SITE } from './paths.ts';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveStatic(E2E_SITE, '/les/');
});
test.afterAll(() => site.server.close());

const review = () => `${site.url}docker-ecosysteem/?view=review`;

test('reading mode lists every slide with its notes, in reading order, all steps shown', async ({ page, context }) => {
  const outside = collectOutsideRequests(context, new URL(site.url).origin);
  await page.goto(review());
  const articles = page.locator('article.review-slide');
  // Follow-up slides are merged back: one article per section as written.
  await expect(articles).toHaveCount(22);
  await expect(page.locator('.review-toc li')).toHaveCount(22);
  await expect(page.locator('.review-toc li').nth(3)).toHaveText('Docker vs VM');
  await expect(articles.nth(1).locator('.review-notes')).toContainText('Vraag:');
  expect(await page.locator('.review-notes').count()).toBe(22);
  await expect(page.locator('main .fragment:not(.diagram-highlight)')).toHaveCount(0);
  await expect(page.locator('main .is-dimmed')).toHaveCount(0);
  await expect(page.locator('main .continued')).toHaveCount(0);
  expect(outside).toEqual([]);
});

test('search finds a word from the notes and scrolls to it', async ({ page }) => {
  await page.goto(review());
  const search = page.getByRole('searchbox');
  await search.fill('appartement');
  await expect(page.locator('.review-results')).toContainText(/gevonden/);
  await search.press('Enter');
  const current = page.locator('mark.review-match.is-current');
  await expect(current).toBeInViewport();
  await expect(current).toHaveText(/appartement/i);
  await search.fill('zzzqqq');
  await expect(page.locator('.review-results')).toHaveText('Niets gevonden');
});

test('copy puts exactly the commands on the clipboard, without prompts or output', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${review()}#container-starten-en-stoppen`);
  const block = page.locator('#container-starten-en-stoppen figure.code-block').first();
  await block.getByRole('button', { name: 'Kopieer' }).click();
  await expect(block.getByRole('button')).toHaveText('Gekopieerd');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('docker run -d --name web -p 8080:80 nginx\ndocker ps\ndocker stop web\ndocker rm web');
});

test('a deep link opens its slide, and one click presents from the slide being read', async ({ page }) => {
  await page.goto(`${review()}#docker-compose`);
  await expect(page.locator('#docker-compose')).toBeInViewport();
  const present = page.getByRole('link', { name: 'Presenteren' });
  await expect(present).toHaveAttribute('href', /docker-ecosysteem\/#\/docker-compose$/);
  await present.click();
  await waitForDeck(page);
  await expect(page.locator('section.present h3')).toHaveText('Docker Compose');
});

test('the deck has a visible link to reading mode at the current slide', async ({ page }) => {
  await page.goto(`${site.url}docker-ecosysteem/#/dockerfile`);
  await waitForDeck(page);
  const link = page.getByRole('link', { name: 'Leesmodus' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator('#dockerfile')).toBeInViewport();
});

test('on a 360 px phone nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(review());
  await expect(page.locator('article.review-slide').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const fontSize = await page.locator('.review-slide-content p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(16);
});

test('printing reading mode leaves out the search bar and buttons', async ({ page }) => {
  await page.goto(review());
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.review-bar')).toBeHidden();
  await expect(page.locator('.copy-button').first()).toBeHidden();
  await expect(page.locator('.review-notes').first()).toBeVisible();
});

for (const [name, path] of [
  ['deck', 'docker-ecosysteem/'],
  ['reading mode', 'docker-ecosysteem/?view=review'],
  ['deck list', ''],
] as const) {
  test(`axe finds no serious or critical violation in the ${name}`, async ({ page }) => {
    await page.goto(`${site.url}${path}`);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('an English deck speaks English: its reading-mode link, search and headings', async ({ page }) => {
  const fixture = await serveStatic(E2E_FIXTURE_SITE, '/');
  try {
    await page.goto(`${fixture.url}beta/`);
    await waitForDeck(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Reading mode' }).click();
    await expect(page.getByRole('searchbox')).toHaveAttribute('placeholder', 'Search slides and notes');
    await expect(page.getByRole('link', { name: 'Present', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Contents' })).toBeVisible();
    await expect(page.locator('.review-slide-meta').first()).toContainText('Slide 1');
  } finally {
    fixture.server.close();
  }
});
