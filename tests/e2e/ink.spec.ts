import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { main } from '../../src/cli/main.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { currentSlide, startDevProject, waitForDeck, type DevProject } from './helpers.ts';

/** A stroke drawn with the mouse across the slide, from (x, y) in window pixels. */
async function drawWithMouse(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(x + i * 15, y + Math.sin(i / 2) * 20);
  await page.mouse.up();
}

const strokesOnScreen = (page: Page) => page.locator('.reveal .slides > .ink-layer path');
const savedStrokes = (file: string, slide: string): number => {
  if (!existsSync(file)) return 0;
  return (JSON.parse(readFileSync(file, 'utf8')) as { slides: Record<string, unknown[]> }).slides[slide]?.length ?? 0;
};

test.describe('ink under lesdia dev', () => {
  let work: string;
  let base: string;
  let project: DevProject;
  test.beforeEach(async () => {
    project = await startDevProject('lesdia-ink-dev-');
    ({ work, base } = project);
  });
  test.afterEach(() => project.close());

  test('a stroke drawn with the mouse and one with a finger are saved beside slides/ and come back after a reload', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const file = path.join(work, 'annotations/alpha.json');
    await page.goto(`${base}alpha/#/een-plaatje`);
    await waitForDeck(page);
    await page.keyboard.press('d');
    await expect(page.getByRole('toolbar', { name: 'Tekenen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Markeerstift' })).toBeVisible();
    await drawWithMouse(page, 300, 400);
    await expect(strokesOnScreen(page)).toHaveCount(1);
    await expect.poll(() => savedStrokes(file, 'een-plaatje')).toBe(1);

    // A swipe with a finger draws; reveal must not take it as a swipe to the next slide.
    const touch = await context.newCDPSession(page);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 900, y: 500 }] });
    for (let i = 1; i <= 10; i++) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 900 - i * 40, y: 500 + i * 5 }] });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(strokesOnScreen(page)).toHaveCount(2);
    expect(await currentSlide(page)).toBe(1);
    await expect.poll(() => savedStrokes(file, 'een-plaatje')).toBe(2);

    // Esc leaves the pen and does not open reveal's overview.
    await page.keyboard.press('Escape');
    await expect(page.locator('.ink-toolbar')).toHaveCount(0);
    await expect(page.locator('.reveal.overview')).toHaveCount(0);

    await page.reload();
    await waitForDeck(page);
    await expect(strokesOnScreen(page)).toHaveCount(2);
    const box = await strokesOnScreen(page).first().boundingBox();
    // The mouse stroke went from (300, 400) rightwards: it is still there on screen.
    expect(box?.x).toBeGreaterThan(280);
    expect(box?.x).toBeLessThan(320);
    await context.close();
  });

  test('undo, the eraser and clear slide take strokes away, in the file too', async ({ page }) => {
    const file = path.join(work, 'annotations/alpha.json');
    await page.goto(`${base}alpha/#/een-plaatje`);
    await waitForDeck(page);
    await page.keyboard.press('d');
    await expect(page.getByRole('toolbar', { name: 'Tekenen' })).toBeVisible();
    await drawWithMouse(page, 200, 300);
    await drawWithMouse(page, 200, 500);
    await expect.poll(() => savedStrokes(file, 'een-plaatje')).toBe(2);
    await page.keyboard.press('Control+z');
    await expect(strokesOnScreen(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Gum' }).click();
    await page.mouse.move(260, 240);
    await page.mouse.down();
    await page.mouse.move(260, 360, { steps: 8 });
    await page.mouse.up();
    await expect(strokesOnScreen(page)).toHaveCount(0);
    await expect.poll(() => savedStrokes(file, 'een-plaatje')).toBe(0);
    await page.getByRole('button', { name: /Ongedaan maken/ }).click();
    await expect(strokesOnScreen(page)).toHaveCount(1);
    await page.getByRole('button', { name: 'Dia wissen' }).click();
    await expect(strokesOnScreen(page)).toHaveCount(0);
    await expect.poll(() => savedStrokes(file, 'een-plaatje')).toBe(0);
  });

  test('the dev server refuses changes from another origin and malformed ones', async ({ request }) => {
    const url = `${base}__lesdia/ink/alpha`;
    const stroke = { id: 'abc', step: 0, tool: 'pen', color: 'red', width: 4, points: [1, 2, 3, 4] };
    const other = await request.post(url, { headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' }, data: { type: 'add', slide: 'een-plaatje', stroke } });
    expect(other.status()).toBe(403);
    const bad = await request.post(url, { headers: { 'Content-Type': 'application/json' }, data: { type: 'add', slide: 'een-plaatje', stroke: { ...stroke, color: 'hotpink' } } });
    expect(bad.status()).toBe(400);
    const form = await request.post(url, { form: { type: 'add' } });
    expect(form.status()).toBe(415);
    expect(existsSync(path.join(work, 'annotations'))).toBe(false);
  });
});

test.describe('ink in a built deck', () => {
  let work: string;
  let served: { url: string; server: Server };
  test.beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-ink-built-'));
    cpSync(path.resolve('tests/fixtures/pdf'), work, { recursive: true });
    mkdirSync(path.join(work, 'annotations'));
    const line = (id: string, step: number, y: number, color: string) => ({ id, step, tool: 'pen', color, width: 9, points: [100, y, 300, y, 500, y] });
    writeFileSync(
      path.join(work, 'annotations/stappen.json'),
      JSON.stringify({ format: 'lesdia-annotations', version: 1, slides: { 'twee-pauzes': [line('first', 0, 600, 'red'), line('later', 1, 650, 'blue')] } }),
    );
    expect(await main(['build', path.join(work, 'slides'), '--out', path.join(work, 'dist')])).toBe(0);
    served = await serveStatic(path.join(work, 'dist'), '/');
  });
  test.afterAll(() => {
    served.server.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('the saved strokes show on their slide from their build step on', async ({ page }) => {
    await page.goto(`${served.url}stappen/#/twee-pauzes`);
    await waitForDeck(page);
    await expect(strokesOnScreen(page)).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await expect(strokesOnScreen(page)).toHaveCount(2);
    await page.keyboard.press('ArrowLeft');
    await expect(strokesOnScreen(page)).toHaveCount(1);
    await page.keyboard.press('ArrowLeft');
    await expect(strokesOnScreen(page)).toHaveCount(0);
  });

  test('reading mode shows the slide with every stroke under its text', async ({ page }) => {
    await page.goto(`${served.url}stappen/?view=review`);
    const figure = page.getByRole('img', { name: 'Dia 2 met de tekeningen uit de les' });
    await expect(figure).toBeVisible();
    await expect(figure.locator('.ink-layer path')).toHaveCount(2);
    await expect(page.locator('.review-ink')).toHaveCount(1);
    // Search finds the slide's text once, not again in its picture.
    await page.getByRole('searchbox').fill('Eerst dit');
    await expect(page.locator('mark.review-match')).toHaveCount(1);
  });

  test('a teacher drawing in the built deck keeps it in the browser, can download it, and the speaker view shows it', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${served.url}stappen/#/code-in-stappen`);
    await waitForDeck(page);
    const frame = await context.newPage();
    await frame.goto(`${served.url}stappen/?receiver#/code-in-stappen`);
    await frame.locator('.reveal .slides > .ink-layer').waitFor({ state: 'attached' });
    await page.keyboard.press('d');
    await expect(page.getByRole('toolbar', { name: 'Tekenen' })).toBeVisible();
    await drawWithMouse(page, 400, 300);
    await expect(strokesOnScreen(page)).toHaveCount(1);
    await expect(strokesOnScreen(frame)).toHaveCount(1);
    await page.reload();
    await waitForDeck(page);
    await expect(strokesOnScreen(page)).toHaveCount(1);
    await page.keyboard.press('d');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tekeningen downloaden' }).click();
    const file = await (await download).path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; slides: Record<string, unknown[]> };
    expect(saved.format).toBe('lesdia-annotations');
    expect(Object.fromEntries(Object.entries(saved.slides).map(([slide, strokes]) => [slide, strokes.length]))).toEqual({ 'twee-pauzes': 2, 'code-in-stappen': 1 });
  });
});
