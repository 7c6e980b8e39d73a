import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { collectOutsideRequests, waitForDeck } from './helpers.ts';
import { E2E_REAL_PAGES_SITE } from './paths.ts';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveStatic(E2E_REAL_PAGES_SITE, '/');
});
test.afterAll(() => site.server.close());

async function openSlide(page: Page, deck: string, slide: string): Promise<void> {
  await page.goto(`${site.url}${deck}/#/${slide}`);
  await waitForDeck(page);
  await page.evaluate(() => document.fonts.ready);
}

test('formulas are typeset in KaTeX\'s own fonts, bundled: nothing is fetched from elsewhere', async ({ page, context }, testInfo) => {
  const outside = collectOutsideRequests(context, site.url);
  await openSlide(page, 'grafen-lezing', 'dichtheid-van-een-netwerk');
  const slide = page.locator('section.present');
  await expect(slide.locator('.math-display .katex-display')).toBeVisible();
  await expect(slide.locator('p .katex').first()).toBeVisible();
  // The glyphs render in KaTeX's fonts, loaded from the site itself.
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, ''));
  });
  expect(loaded).toEqual(expect.arrayContaining(['KaTeX_Main', 'KaTeX_Math']));
  const family = await slide.locator('.katex .mathnormal').first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain('KaTeX_Math');
  // The dollar amounts on the last slide stay text.
  await openSlide(page, 'grafen-lezing', 'een-rekenvoorbeeld');
  await expect(page.locator('section.present > p').last()).toContainText('$5 and $10');
  await openSlide(page, 'grafen-lezing', 'dichtheid-van-een-netwerk');
  await page.screenshot({ path: testInfo.outputPath('formula.png') });
  expect(outside).toEqual([]);
});

test('a Quarto column layout keeps its widths: 25% and 75% of the row, side by side, inside the slide', async ({ page }, testInfo) => {
  await openSlide(page, 'quarto-regressie', 'waar-gaat-het-over');
  const boxes = await page.locator('section.present .columns > .column').evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
  const row = await page.locator('section.present .columns').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  expect(boxes).toHaveLength(2);
  const [left, right] = boxes as [DOMRect, DOMRect];
  expect(left.right).toBeLessThan(right.left);
  expect(right.right).toBeLessThanOrEqual(row.right + 0.5);
  // The gap comes out of both shares alike, so the ratio stays 1 : 3.
  expect(right.width / left.width).toBeCloseTo(3, 1);
  await page.screenshot({ path: testInfo.outputPath('quarto-columns.png') });
});

test('a Quarto chunk shows its code without #| options; reading mode copies it as written with echo: fenced', async ({ page, context }) => {
  await openSlide(page, 'quarto-regressie', 'het-model-schatten-in-r');
  const code = page.locator('section.present figure.code-block');
  await expect(code).toHaveAttribute('data-lang', 'r');
  await expect(code).not.toContainText('#|');
  await expect(code).toContainText('model <- lm(mpg ~ wt, data = mtcars)');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${site.url}quarto-regressie/?view=review#de-chunk-zoals-geschreven`);
  const block = page.locator('#de-chunk-zoals-geschreven figure.code-block');
  await block.getByRole('button', { name: 'Kopieer' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('```{r}\n#| echo: fenced\n#| eval: false\ninstall.packages("broom")\n```');
  // The plain chunk on the slide before copies its code alone.
  const plain = page.locator('#het-model-schatten-in-r figure.code-block');
  await plain.getByRole('button', { name: 'Kopieer' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('model <- lm(mpg ~ wt, data = mtcars)\nsummary(model)$coefficients');
});

test('a quote holding a list with code, cut over three slides: bar, list and "(vervolg)" go on; reading mode shows it whole', async ({ page }, testInfo) => {
  const shot = async (name: string) => page.screenshot({ path: testInfo.outputPath(name) });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openSlide(page, 'oefening-lijst-in-citaat', 'oefening-3-boodschappenlijst');
  const first = page.locator('section.present');
  await expect(first.locator('blockquote')).toHaveCount(1);
  await expect(first.locator('blockquote[data-resumed]')).toHaveCount(0);
  const firstItems = await first.locator('blockquote > ul > li').count();
  expect(firstItems).toBeGreaterThan(0);
  await shot('split-quote-1.png');

  // A fresh load, so the screenshot shows the slide itself and not reveal's transition to it.
  await page.goto('about:blank');
  await openSlide(page, 'oefening-lijst-in-citaat', 'oefening-3-boodschappenlijst-2');
  const second = page.locator('section.present');
  await expect(second.locator('h3 .continued')).toHaveText('(vervolg)');
  const quote = second.locator('blockquote[data-resumed]');
  await expect(quote).toHaveCount(1);
  // The quote's bar goes on, the list goes on (no second bullet for an item cut in two), nothing runs off.
  expect(await quote.evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('solid');
  await expect(quote.locator('> ul[data-resumed] > li').first()).toBeVisible();
  const bottoms = await second.evaluate((section) => {
    const slide = section.getBoundingClientRect();
    const content = [...section.querySelectorAll('blockquote, blockquote *')].map((el) => el.getBoundingClientRect().bottom);
    return { slide: slide.bottom, content: Math.max(...content) };
  });
  expect(bottoms.content).toBeLessThanOrEqual(bottoms.slide + 0.5);
  await shot('split-quote-2.png');
  const secondItems = await quote.locator('> ul > li').count();
  await page.goto('about:blank');
  await openSlide(page, 'oefening-lijst-in-citaat', 'oefening-3-boodschappenlijst-3');
  const third = page.locator('section.present');
  await expect(third.locator('blockquote[data-resumed]')).toContainText('Lever je bestand');
  const thirdItems = await third.locator('blockquote > ul > li').count();

  await page.goto(`${site.url}oefening-lijst-in-citaat/?view=review#oefening-3-boodschappenlijst`);
  const article = page.locator('#oefening-3-boodschappenlijst');
  await expect(article.locator('blockquote')).toHaveCount(1);
  await expect(article.locator('blockquote > ul')).toHaveCount(1);
  await expect(article.locator('blockquote > ul > li')).toHaveCount(firstItems + secondItems + thirdItems);
  await expect(article.locator('blockquote > ul > li')).toHaveCount(6);
  await expect(article.locator('[data-resumed]')).toHaveCount(0);
  await expect(article.locator('blockquote')).toContainText('Lever je bestand');
});
