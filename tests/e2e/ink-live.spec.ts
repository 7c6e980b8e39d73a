import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createAnnotationsStore } from '../../src/project/annotations-store.ts';
import { createSecrets } from '../../src/server/live-secrets.ts';
import { keepInkOnServer } from '../../src/server/keep-ink.ts';
import { startPresentServer, type PresentServer } from '../../src/server/present-server.ts';
import { openDevice, waitLive } from './live-helpers.ts';
import { E2E_SITE } from './paths.ts';

let server: PresentServer;
let origin: string;
let work: string;
const secrets = createSecrets();
test.beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lesdia-ink-live-'));
  const store = createAnnotationsStore(work);
  server = await startPresentServer({ siteDir: E2E_SITE, secrets, host: '127.0.0.1', port: 0, studentsUrl: (p) => `http://127.0.0.1:${p}/`, onLiveMessage: keepInkOnServer(store, (slug) => slug === 'docker-ecosysteem') });
  origin = `http://127.0.0.1:${server.port}`;
});
test.afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const deckUrl = (query = '') => `${origin}/docker-ecosysteem/${query}#/docker-container`;
const strokes = (page: Page) => page.locator('.reveal .slides > .ink-layer path');
const saved = (): number => {
  try {
    return (JSON.parse(readFileSync(path.join(work, 'annotations/docker-ecosysteem.json'), 'utf8')) as { slides: Record<string, unknown[]> }).slides['docker-container']?.length ?? 0;
  } catch {
    return 0;
  }
};

test('students see each stroke as it is drawn, late joiners get the drawings so far, and the server keeps them', async ({ browser }) => {
  const presenter = await openDevice(browser, deckUrl(`?key=${secrets.presenter}`));
  await waitLive(presenter);
  const student = await openDevice(browser, deckUrl(), { width: 390, height: 700 });
  await waitLive(student);
  await expect(student.locator('section.present h3')).toHaveText('Docker Container');

  // A student's D does nothing: only the presenter draws.
  await student.keyboard.press('d');
  await presenter.keyboard.press('d');
  await expect(presenter.getByRole('toolbar', { name: 'Tekenen' })).toBeVisible();
  await expect(student.locator('.ink-toolbar')).toHaveCount(0);

  // While the pen is still down, the student already sees the stroke grow.
  const delays: number[] = [];
  for (const y of [300, 420, 540]) {
    const before = await strokes(student).count();
    await presenter.mouse.move(300, y);
    await presenter.mouse.down();
    const sent = Date.now();
    for (let i = 1; i <= 6; i++) await presenter.mouse.move(300 + i * 40, y + i * 4);
    await expect(strokes(student)).toHaveCount(before + 1);
    delays.push(Date.now() - sent);
    for (let i = 7; i <= 12; i++) await presenter.mouse.move(300 + i * 40, y + i * 4);
    await presenter.mouse.up();
  }
  console.log(`ink: stroke visible to a student after ${delays.join(', ')} ms (six mouse moves through Playwright and its polling included)`);
  await expect(strokes(student)).toHaveCount(3);
  await expect.poll(saved).toBe(3);

  // The student's copy lies where the presenter's does, in slide pixels, on a phone-sized screen.
  const shape = (page: Page) => strokes(page).first().getAttribute('d');
  expect(await shape(student)).toBe(await shape(presenter));

  const late = await openDevice(browser, deckUrl());
  await waitLive(late);
  await expect(strokes(late)).toHaveCount(3);

  // Undo on the presenter's side reaches everyone, the file too.
  await presenter.keyboard.press('Control+z');
  await expect(strokes(student)).toHaveCount(2);
  await expect(strokes(late)).toHaveCount(2);
  await expect.poll(saved).toBe(2);

  // The presenter reloads: the drawings of this lesson come back from the channel.
  await presenter.reload();
  await waitLive(presenter);
  await expect(strokes(presenter)).toHaveCount(2);
  for (const page of [presenter, student, late]) await page.context().close();
});

test('ink from a student is dropped by the channel', async ({ browser }) => {
  const student = await openDevice(browser, deckUrl());
  await waitLive(student);
  const watcher = await openDevice(browser, deckUrl());
  await waitLive(watcher);
  const before = saved();
  await student.evaluate(() => {
    const ws = new WebSocket(`ws://${location.host}/_lesdia/live`);
    ws.addEventListener('open', () => {
      ws.send(JSON.stringify({ kind: 'live:hello', data: {} }));
      const stroke = { id: 'forged1', step: 0, tool: 'pen', color: 'red', width: 9, points: [0, 0, 1280, 720] };
      ws.send(JSON.stringify({ kind: 'ink:slide', data: { deck: 'docker-ecosysteem', slide: 'docker-container', strokes: [stroke] } }));
      ws.send(JSON.stringify({ kind: 'ink:draft', data: { deck: 'docker-ecosysteem', slide: 'docker-container', stroke } }));
    });
  });
  await watcher.waitForTimeout(500);
  await expect(watcher.locator('.ink-layer [data-id="forged1"]')).toHaveCount(0);
  expect(saved()).toBe(before);
  for (const page of [student, watcher]) await page.context().close();
});
