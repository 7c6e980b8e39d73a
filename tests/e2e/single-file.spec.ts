import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { currentSlide, waitForDeck } from './helpers.ts';
import { E2E_SINGLE_FILE_DIR } from './paths.ts';

const file = path.join(E2E_SINGLE_FILE_DIR, 'docker-ecosysteem.html');

test('the single-file deck presents from file://, with speaker view and reading mode, and loads nothing else', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await waitForDeck(page);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Atkinson') && f.status === 'loaded'))).toBe(true);
  await page.keyboard.press('ArrowRight');
  expect(await currentSlide(page)).toBe(1);

  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popupPromise;
  await expect(speaker.locator('.speaker-notes-body')).toContainText('Vraag:');
  await expect(speaker.frameLocator('.speaker-current iframe').locator('section.present h3')).toHaveText('Docker Container');
  await speaker.close();

  await page.getByRole('link', { name: 'Leesmodus' }).click();
  await expect(page.locator('article.review-slide')).toHaveCount(22);
  await expect(page.locator('#docker-container')).toBeInViewport();
  // The self-check works from the stick too.
  const question = page.getByRole('group', { name: /Vraag 1/ });
  await question.getByRole('radio', { name: /kernel/ }).check();
  await question.getByRole('button', { name: 'Controleer' }).click();
  await expect(question.getByRole('status')).toHaveText('Goed!');
  await expect(page.locator('.review-score-text')).toHaveText('1 van 3 vragen goed');

  const elsewhere = requests.filter((request) => !request.startsWith('file://') && !request.startsWith('data:'));
  expect(elsewhere).toEqual([]);
  expect(new Set(requests.filter((request) => request.startsWith('file://')).map((request) => request.split(/[?#]/)[0]))).toEqual(new Set([url]));
});

test('the single-file deck is one file of reasonable size', () => {
  const size = statSync(file).size;
  expect(size).toBeGreaterThan(100_000);
  expect(size).toBeLessThan(600_000);
});
