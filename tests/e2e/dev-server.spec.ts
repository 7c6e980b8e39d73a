import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { currentSlide, startDevProject, waitForDeck, type DevProject } from './helpers.ts';

let work: string;
let base: string;
let project: DevProject;

test.beforeEach(async () => {
  project = await startDevProject('lesdia-dev-');
  ({ work, base } = project);
});

test.afterEach(() => project.close());

const alpha = () => path.join(work, 'slides/alpha.md');
const edit = (from: string, to: string) => writeFileSync(alpha(), readFileSync(alpha(), 'utf8').replace(from, to));

test('the dev server lists the decks and serves them', async ({ page }) => {
  await page.goto(base);
  await expect(page.getByRole('link')).toHaveCount(2);
  await page.getByRole('link', { name: /Alpha/ }).click();
  await waitForDeck(page);
  await expect(page.locator('section.present h4')).toHaveText('Alpha');
});

test('saving a page updates the open deck in place and keeps the current slide', async ({ page }) => {
  await page.goto(`${base}alpha/#/een-plaatje`);
  await waitForDeck(page);
  expect(await currentSlide(page)).toBe(1);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  edit('### Een plaatje', '### Een ander plaatje');
  await expect(page.locator('section.present h3')).toHaveText('Een ander plaatje');
  expect(await currentSlide(page)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('an error shows in the overlay with its line, the deck stays usable, and the next save recovers', async ({ page }) => {
  await page.goto(`${base}alpha/#/een-plaatje`);
  await waitForDeck(page);

  edit(':::\n', '');
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached();
  await expect(overlay.locator('.message-body')).toContainText('unclosed-container');
  await expect(overlay.locator('.file')).toContainText('alpha.md:8:1');
  await expect(page.locator('section.present h3')).toHaveText('Een plaatje');

  writeFileSync(alpha(), readFileSync(alpha(), 'utf8').replace('echo twee\n```\n', 'echo twee\n```\n:::\n').replace('### Een plaatje', '### Hersteld'));
  await expect(page.locator('section.present h3')).toHaveText('Hersteld');
  await expect(overlay).not.toBeAttached();
  expect(await currentSlide(page)).toBe(1);
});

test('a warning shows in a panel with its line, and goes when the next save fixes it', async ({ page }) => {
  await page.goto(`${base}alpha/#/een-plaatje`);
  await waitForDeck(page);
  const panel = page.locator('.dev-problems');
  await expect(panel).toHaveCount(0);
  edit('### Een plaatje', '### Een plaatje {{ onbekend }}');
  await expect(panel).toContainText('1 waarschuwing');
  await expect(panel).toContainText('alpha.md:9:17 warning unknown-variable');
  edit('### Een plaatje {{ onbekend }}', '### Een plaatje');
  await expect(panel).toHaveCount(0);
  expect(await currentSlide(page)).toBe(1);
});

test('adding, renaming and deleting a course page updates the deck list', async ({ page }) => {
  await page.goto(base);
  await expect(page.getByRole('link')).toHaveCount(2);
  writeFileSync(path.join(work, 'slides/gamma.md'), '---\ntitle: Gamma\n---\n\n::: section\n### Nieuw\n:::\n');
  await expect(page.getByRole('link', { name: /Gamma/ })).toBeVisible();
  renameSync(path.join(work, 'slides/gamma.md'), path.join(work, 'slides/delta.md'));
  await expect(page.locator('a[href="delta/"]')).toBeVisible();
  await expect(page.locator('a[href="gamma/"]')).toHaveCount(0);
  unlinkSync(path.join(work, 'slides/delta.md'));
  await expect(page.getByRole('link')).toHaveCount(2);
});

test('100 rapid saves leave the server up, memory flat, and the deck showing the last save', async ({ page }) => {
  await page.goto(`${base}alpha/#/een-plaatje`);
  await waitForDeck(page);
  const original = readFileSync(alpha(), 'utf8');
  const save = (n: number) => writeFileSync(alpha(), original.replace('### Een plaatje', `### Versie ${n}`));
  for (let n = 0; n < 10; n++) save(n);
  await expect(page.locator('section.present h3')).toHaveText('Versie 9');
  const before = process.memoryUsage().heapUsed;
  for (let n = 10; n < 110; n++) {
    save(n);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await expect(page.locator('section.present h3')).toHaveText('Versie 109');
  const after = process.memoryUsage().heapUsed;
  console.log(`dev server heap: ${(before / 1e6).toFixed(1)} MB before, ${(after / 1e6).toFixed(1)} MB after 100 saves`);
  expect(after - before).toBeLessThan(64 * 1024 * 1024);
  expect((await fetch(base)).status).toBe(200);
  expect(await currentSlide(page)).toBe(1);
});

test('a deck that already has an error when opened shows it in the overlay, and the deck still renders', async ({ page }) => {
  edit(':::\n', '');
  await page.goto(`${base}alpha/`);
  await waitForDeck(page);
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay).toBeAttached();
  await expect(overlay.locator('.message-body')).toContainText('unclosed-container');
  await expect(page.locator('.reveal .slides > section')).toHaveCount(2);
});
