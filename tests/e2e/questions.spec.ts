import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { currentSlide, waitForDeck } from './helpers.ts';
import { E2E_SITE } from './paths.ts';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveStatic(E2E_SITE, '/les/');
});
test.afterAll(() => site.server.close());

const GREEN = 'rgb(11, 107, 46)';

test('in the deck, a question shows its options first; the next step marks the right one and explains it', async ({ page }) => {
  await page.goto(`${site.url}docker-ecosysteem/#/vraag-container-of-vm`);
  await waitForDeck(page);
  const slide = page.locator('section.present');
  const quiz = slide.locator('.quiz');
  await expect(quiz.locator('.quiz-prompt')).toHaveText('Wat deelt een container met de host, en een virtuele machine niet?');
  const options = quiz.locator('.quiz-option');
  await expect(options).toHaveCount(4);
  await expect(options.nth(1)).toContainText('De kernel van het besturingssysteem');
  const solution = quiz.locator('.quiz-solution');
  await expect(solution).toHaveCSS('opacity', '0');
  const right = options.nth(1);
  expect(await right.evaluate((el) => getComputedStyle(el).borderColor)).not.toBe(GREEN);
  const before = await currentSlide(page);

  await page.keyboard.press('ArrowRight');
  expect(await currentSlide(page)).toBe(before);
  await expect(solution).toHaveCSS('opacity', '1');
  await expect(solution).toContainText('Goed antwoord: B');
  await expect(solution).toContainText('draait als gewoon proces op de kernel van de host');
  await expect(right).toHaveCSS('border-color', GREEN);
  await expect(options.nth(0)).toHaveCSS('border-style', 'dashed');
  // Legible from the back row: no option text under 24 px at 1920×1080 (16 px on reveal's 1280×720 canvas).
  const sizes = await options.evaluateAll((els) => els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);

  await page.keyboard.press('ArrowRight');
  expect(await currentSlide(page)).toBe(before + 1);
});

test('a question with two right answers names both in its answer step', async ({ page }) => {
  await page.goto(`${site.url}docker-ecosysteem/#/vraag-de-docker-engine`);
  await waitForDeck(page);
  const quiz = page.locator('section.present .quiz');
  await expect(quiz).toHaveAttribute('data-quiz', 'multiple');
  await page.keyboard.press('ArrowRight');
  await expect(quiz.locator('.quiz-key')).toHaveText('Goede antwoorden: A en B');
  await expect(quiz.locator('.quiz-option[data-correct]')).toHaveCount(2);
});
