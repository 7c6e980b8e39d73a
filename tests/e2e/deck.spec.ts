import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { collectOutsideRequests, currentSlide, waitForDeck } from './helpers.ts';
import { E2E_SEED_SITE, E2E_SITE } from './paths.ts';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  // Served under a sub-path, as on a school web server: every URL in the site must be relative.
  site = await serveStatic(E2E_SITE, '/cursus/docker/');
});
test.afterAll(() => site.server.close());

test('the deck list opens the Docker deck, and the arrow keys walk every slide', async ({ page, context }) => {
  const outside = collectOutsideRequests(context, new URL(site.url).origin);
  await page.goto(site.url);
  await page.getByRole('link', { name: /Docker Ecosysteem/ }).click();
  await waitForDeck(page);
  await expect(page.locator('section.title-slide h4')).toHaveText('Docker Ecosysteem');
  await expect(page.locator('section.title-slide')).toContainText('25 augustus 2025');

  const total = await page.locator('.reveal .slides > section').count();
  // 22 sections as written (19 of the course page, 3 questions added for class), plus the follow-up slides of the long ones.
  expect(await page.locator('.reveal .slides > section:not(:has(.continued))').count()).toBe(22);
  expect(total).toBeGreaterThan(22);
  const fragments = await page.locator('.reveal .slides .fragment').count();
  const visited = [await currentSlide(page)];
  for (let press = 0; press < total + fragments; press++) {
    await page.keyboard.press('ArrowRight');
    visited.push(await currentSlide(page));
  }
  expect(visited.toSorted((a, b) => a - b)).toEqual(visited);
  expect(new Set(visited)).toEqual(new Set(Array.from({ length: total }, (_, i) => i)));
  expect(outside).toEqual([]);
});

test('code is highlighted at build time and its line steps advance as fragments', async ({ page }) => {
  await page.goto(`${site.url}docker-ecosysteem/#/container-starten-en-stoppen`);
  await waitForDeck(page);
  const block = page.locator('section.present figure[data-line-steps]').first();
  await expect(block).toBeVisible();
  const coloured = block.locator('span[style*="--l:"]').first();
  const colour = await coloured.evaluate((el) => getComputedStyle(el).color);
  const plain = await block.locator('pre').evaluate((el) => getComputedStyle(el).color);
  expect(colour).not.toBe(plain);

  const steps = (await block.getAttribute('data-line-steps'))?.split('|') ?? [];
  expect(steps.length).toBeGreaterThan(1);
  const dimmed = () => block.locator('.line.is-dimmed').count();
  const lines = await block.locator('.line').count();
  await expect(block).toHaveAttribute('data-current-step', '1');
  const atFirstStep = await dimmed();
  expect(atFirstStep).toBe(lines - steps[0]!.split(',').length);
  await page.keyboard.press('ArrowRight');
  await expect(block).toHaveAttribute('data-current-step', '2');
  expect(await dimmed()).not.toBe(atFirstStep);
  for (let i = 2; i < steps.length; i++) await page.keyboard.press('ArrowRight');
  await expect(block).toHaveAttribute('data-current-step', String(steps.length));
  if (steps.at(-1) === 'all') expect(await dimmed()).toBe(0);
  // Shell prompts are styled but never part of the copied text.
  await expect(block.locator('.prompt').first()).toHaveCSS('user-select', 'none');
});

test('S opens the speaker view with the notes, the next slide and a timer; its keys drive the deck', async ({ page, context }) => {
  const outside = collectOutsideRequests(context, new URL(site.url).origin);
  await page.goto(`${site.url}docker-ecosysteem/#/docker-container`);
  await waitForDeck(page);
  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popupPromise;
  await expect(speaker.locator('.speaker-notes-body')).toContainText('Vraag:');
  await expect(speaker.locator('.speaker-notes-body')).toContainText(/appartement|container/i);
  const total = await page.locator('.reveal .slides > section').count();
  await expect(speaker.locator('.speaker-counter')).toHaveText(`Dia 2 van ${total}`);
  await expect(speaker.locator('.speaker-timer-value')).toHaveText(/^0:0\d$/);
  await expect(speaker.locator('.speaker-next iframe')).toHaveAttribute('src', /receiver/);
  const nextFrame = speaker.frameLocator('.speaker-next iframe');
  await expect(nextFrame.locator('section.present h3')).toHaveText('Virtuele Machine (VM)');

  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => currentSlide(page)).toBe(2);
  await expect(speaker.locator('.speaker-counter')).toHaveText(`Dia 3 van ${total}`);
  expect(outside).toEqual([]);
});

test('a slide has a deep link', async ({ page }) => {
  await page.goto(`${site.url}docker-ecosysteem/#/docker-vs-vm`);
  await waitForDeck(page);
  await expect(page.locator('section.present h3')).toHaveText('Docker vs VM');
});

test('the teacher’s unchanged page shows its missing images as alt text in a frame', async ({ page }) => {
  const seed = await serveStatic(E2E_SEED_SITE, '/');
  await page.goto(`${seed.url}docker-ecosysteem/#/docker-vs-vm`);
  await waitForDeck(page);
  const placeholder = page.locator('section.present .image-missing');
  await expect(placeholder).toBeVisible();
  await expect(placeholder).toHaveAttribute('role', 'img');
  await expect(placeholder).toContainText('vm_doker afbeelding');
  expect(await page.locator('img').evaluateAll((imgs) => imgs.filter((img) => !(img as HTMLImageElement).complete || (img as HTMLImageElement).naturalWidth === 0).length)).toBe(0);
  seed.server.close();
});

test('the fonts are bundled and in use', async ({ page }) => {
  await page.goto(`${site.url}docker-ecosysteem/`);
  await waitForDeck(page);
  await page.evaluate(() => document.fonts.ready);
  const families = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
  expect(families).toContain('Atkinson Hyperlegible');
});
