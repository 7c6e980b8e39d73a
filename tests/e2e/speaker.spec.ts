import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { currentSlide, waitForDeck } from './helpers.ts';
import { E2E_SITE } from './paths.ts';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveStatic(E2E_SITE, '/');
});
test.afterAll(() => site.server.close());

test('a blocked popup leaves a link; the speaker view it opens is driven through a BroadcastChannel', async ({ page, context }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto(`${site.url}docker-ecosysteem/#/docker-container`);
  await waitForDeck(page);
  await page.keyboard.press('s');
  const link = page.getByRole('link', { name: /Pop-up geblokkeerd/ });
  await expect(link).toBeVisible();
  const opened = context.waitForEvent('page');
  await link.click();
  const speaker = await opened;
  await expect(speaker.locator('.speaker-notes-body')).toContainText('Vraag:');
  await expect(speaker.locator('.speaker-next-title')).toHaveText('Virtuele Machine (VM)');
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(() => currentSlide(page)).toBe(2);
  await expect(speaker.locator('.speaker-counter')).toHaveText(/^Dia 3 van/);
});

test('a follow-up slide shows its section’s notes; the next frame shows the next slide, not the next step', async ({ page }) => {
  await page.goto(`${site.url}docker-ecosysteem/`);
  await waitForDeck(page);
  const continuation = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.querySelector(':scope > :first-child .continued')));
  expect(continuation).toBeGreaterThan(0);
  expect(await page.locator('.reveal .slides > section').nth(continuation).locator('aside.notes').count()).toBe(0);
  await page.evaluate((h) => window.Reveal?.slide(h), continuation);
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker.locator('.speaker-notes-title')).toHaveText('Notities (vervolg)');
  await expect(speaker.locator('.speaker-notes-body')).not.toContainText('Geen notities');
  await expect(speaker.locator('.speaker-notes-body')).toContainText(/\w{4,}/);

  // On a slide with build steps, the next frame still shows the next slide.
  const stepped = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.querySelector('.fragment')));
  await page.evaluate((h) => window.Reveal?.slide(h), stepped);
  await expect(speaker.locator('.speaker-steps')).toContainText(/nog \d+ stap/);
  const nextTitle = await page.locator('.reveal .slides > section').nth(stepped + 1).locator('h1, h2, h3, h4').first().textContent();
  await expect(speaker.frameLocator('.speaker-next iframe').locator('section.present :is(h1, h2, h3, h4)').first()).toHaveText(nextTitle ?? '');
});

test('the lesson plan from the notes’ Tijd lines: time spent against planned, ahead or behind', async ({ page, context }) => {
  await context.clock.install();
  await page.goto(`${site.url}docker-ecosysteem/#/docker-container`);
  await waitForDeck(page);
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.setViewportSize({ width: 1280, height: 800 });
  const items = speaker.locator('.speaker-plan-list li');
  await expect(items.first()).toContainText('2 min');
  expect(await items.count()).toBeGreaterThan(10);
  await expect(items.nth(1)).toHaveAttribute('aria-current', '');
  // The title slide's 2 minutes were skipped: ahead of the plan.
  await expect(speaker.locator('.speaker-pace-lesson')).toContainText('2 min voor');
  await context.clock.fastForward('08:00');
  // Eight minutes on a section planned for five, after a plan of two: a minute behind.
  await expect(speaker.locator('.speaker-pace-lesson')).toContainText('1 min achter');
  await expect(speaker.locator('.speaker-pace-slide')).toHaveAttribute('data-pace', 'behind');
  await expect(speaker.locator('.speaker-pace-slide')).toContainText('/ 5 min');
  await speaker.screenshot({ path: '.tmp/screenshots/speaker-lesson-plan.png' });
});
