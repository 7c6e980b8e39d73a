import { expect, test, type Page } from '@playwright/test';
import { openDevice, position, startTestPresentServer, waitLive } from './live-helpers.ts';
import { E2E_SITE } from './paths.ts';

// Several browser contexts per test: on a busy machine they need more than the default minute.
test.describe.configure({ timeout: 120_000 });

let server: Awaited<ReturnType<typeof startTestPresentServer>>;
test.beforeAll(async () => {
  server = await startTestPresentServer(E2E_SITE);
});
test.afterAll(async () => server.close());

const deckUrl = (query = '') => `${server.origin}/docker-ecosysteem/${query}`;

test('students follow the presenter, slide and step; a late joiner lands on the same step', async ({ browser }) => {
  const presenter = await openDevice(browser, deckUrl(`?key=${server.secrets.presenter}`));
  await waitLive(presenter);
  // The secret leaves the address bar at once: the projector never shows it.
  expect(presenter.url()).not.toContain('key=');
  const students = await Promise.all([openDevice(browser, deckUrl()), openDevice(browser, `${server.origin}/`, { width: 360, height: 740 })]);
  await waitLive(students[0]!);

  // To the first slide with build steps, as the teacher would: one key press per slide.
  const target = await presenter.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.querySelector('.fragment')));
  for (let i = 0; i < target; i++) await presenter.keyboard.press('ArrowRight');
  const three = await position(presenter);
  expect(three).toBe(`${target}/-1`);
  // The student on the deck list is taken to the deck the teacher presents.
  await expect(students[1]!).toHaveURL(/docker-ecosysteem/);
  for (const student of students) await expect.poll(() => position(student)).toBe(three);
  await presenter.keyboard.press('ArrowRight');
  const step = await position(presenter);
  expect(step).toBe(`${target}/0`);
  for (const student of students) await expect.poll(() => position(student)).toBe(step);
  await students[1]!.screenshot({ path: '.tmp/screenshots/present-student-phone.png' });
  await expect(presenter.locator('.live-status-label')).toHaveText('Live · 2 kijken mee');
  await presenter.screenshot({ path: '.tmp/screenshots/present-presenter.png' });

  const late = await openDevice(browser, deckUrl());
  await expect.poll(() => position(late)).toBe(step);
  // The overview goes along too, and back.
  await presenter.keyboard.press('Escape');
  for (const student of [late, ...students]) await expect(student.locator('.reveal')).toHaveClass(/overview/);
  await presenter.keyboard.press('Escape');
  for (const student of [late, ...students]) await expect(student.locator('.reveal')).not.toHaveClass(/overview/);
  for (const page of [presenter, late, ...students]) await page.context().close();
});

test('a student browses away, the deck says so, and Terug naar live brings them back', async ({ browser }) => {
  const presenter = await openDevice(browser, deckUrl(`?key=${server.secrets.presenter}`));
  await waitLive(presenter);
  await presenter.keyboard.press('Home');
  await presenter.keyboard.press('ArrowRight');
  const student = await openDevice(browser, deckUrl());
  await expect.poll(() => position(student)).toBe('1/-1');
  await student.keyboard.press('ArrowLeft');
  await expect(student.locator('.live-back')).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => position(student)).toBe('0/-1');
  await student.getByRole('button', { name: 'Terug naar live' }).click();
  await expect.poll(() => position(student)).toBe('2/-1');
  await expect(student.locator('.live-back')).toBeHidden();
  for (const page of [presenter, student]) await page.context().close();
});

test('a student’s forged commands and a foreign page move nothing', async ({ browser }) => {
  const presenter = await openDevice(browser, deckUrl(`?key=${server.secrets.presenter}`));
  await waitLive(presenter);
  await presenter.keyboard.press('Home');
  const student = await openDevice(browser, deckUrl());
  const other = await openDevice(browser, deckUrl());
  await waitLive(other);
  await expect.poll(() => position(other)).toBe('0/-1');
  const sent = await student.evaluate(async (wrongKey) => {
    const forge = (hello: unknown, messages: unknown[]) =>
      new Promise<void>((resolve) => {
        const ws = new WebSocket(`ws://${location.host}/_lesdia/live`);
        ws.addEventListener('open', () => {
          ws.send(JSON.stringify({ kind: 'live:hello', data: hello }));
          for (const message of messages) ws.send(JSON.stringify(message));
          setTimeout(() => (ws.close(), resolve()), 300);
        });
      });
    const state = { kind: 'deck:state', data: { deck: 'docker-ecosysteem', h: 5, v: 0, f: -1, overview: false, paused: false } };
    const command = { kind: 'deck:command', data: { action: 'next' } };
    await forge({}, [state, command, { kind: 'deck:state', data: { deck: 'docker-ecosysteem', h: 'x' } }]);
    await forge({ key: wrongKey }, [state, command]);
    return true;
  }, `${server.secrets.presenter.slice(0, -1)}x`);
  expect(sent).toBe(true);
  await presenter.waitForTimeout(500);
  expect(await position(other)).toBe('0/-1');
  expect(await position(presenter)).toBe('0/-1');

  // A page from another origin may not even connect.
  const refused = await student.evaluate(
    (port) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://localhost:${port}/_lesdia/live`);
        ws.addEventListener('open', () => resolve('open'));
        ws.addEventListener('error', () => resolve('refused'));
      }),
    server.port,
  );
  expect(refused).toBe('refused');
  for (const page of [presenter, student, other] as Page[]) await page.context().close();
});

test('the remote on a phone drives the deck, shows the slide, what comes next and the notes', async ({ browser }) => {
  const presenter = await openDevice(browser, deckUrl(`?key=${server.secrets.presenter}`));
  await waitLive(presenter);
  await presenter.keyboard.press('Home');
  const student = await openDevice(browser, deckUrl());
  const remote = await openDevice(browser, deckUrl(`?view=remote&key=${server.secrets.remote}`), { width: 360, height: 740 });
  await expect(remote.locator('.remote-status')).toHaveAttribute('data-status', 'live');
  await expect(remote.locator('.remote-status')).toHaveText(/kijk(t|en) mee/);
  await remote.getByRole('button', { name: 'Volgende' }).click();
  await expect.poll(() => position(presenter)).toBe('1/-1');
  await expect.poll(() => position(student)).toBe('1/-1');
  await expect(remote.locator('.remote-title')).toHaveText('Docker Container');
  await expect(remote.locator('.remote-next strong')).toHaveText(/Virtuele Machine/);
  await expect(remote.locator('.remote-notes')).toContainText('Vraag:');
  // A swipe to the left is the next slide too; the buttons fit a 360 px screen.
  const box = (await remote.locator('.remote-now').boundingBox())!;
  await remote.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
  await remote.mouse.down();
  await remote.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 5 });
  await remote.mouse.up();
  await expect.poll(() => position(presenter)).toBe('2/-1');
  const next = (await remote.getByRole('button', { name: 'Volgende' }).boundingBox())!;
  expect(next.x + next.width).toBeLessThanOrEqual(360);
  expect(next.height).toBeGreaterThanOrEqual(90);
  await remote.getByRole('button', { name: 'Vorige' }).click();
  await expect.poll(() => position(student)).toBe('1/-1');
  await remote.getByRole('button', { name: 'Zwart scherm' }).click();
  await expect(student.locator('.reveal')).toHaveClass(/paused/);
  await remote.getByRole('button', { name: 'Scherm terug' }).click();
  await expect(student.locator('.reveal')).not.toHaveClass(/paused/);
  await remote.screenshot({ path: '.tmp/screenshots/present-remote.png' });
  await student.screenshot({ path: '.tmp/screenshots/present-student.png' });
  for (const page of [presenter, student, remote]) await page.context().close();
});

test('reading mode marks the slide that is live now', async ({ browser }) => {
  const presenter = await openDevice(browser, deckUrl(`?key=${server.secrets.presenter}`));
  await waitLive(presenter);
  await presenter.keyboard.press('Home');
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  const reader = await openDevice(browser, deckUrl('?view=review'), { width: 360, height: 740 });
  await expect(reader.locator('.review-slide.is-live')).toHaveAttribute('id', 'virtuele-machine-vm');
  await expect(reader.locator('.review-slide.is-live .review-live-badge')).toHaveText('Nu live');
  await presenter.keyboard.press('ArrowRight');
  await expect(reader.locator('.review-slide.is-live')).toHaveAttribute('id', 'docker-vs-vm');
  await reader.getByRole('link', { name: /Nu live/ }).click();
  await expect(reader.locator('#docker-vs-vm')).toBeInViewport();
  for (const page of [presenter, reader]) await page.context().close();
});

test('the deck’s controls each have their own place at 1280×720, readable from the back row', async ({ page }) => {
  await page.goto(deckUrl('#/docker-container'));
  await page.locator('.reveal.lesdia-complete').waitFor();
  // The live badge comes with the live channel's module, which loads after the deck is complete.
  await page.locator('.live-status').waitFor();
  const boxes = await page.evaluate(() =>
    ['.reveal .slide-number', '.reveal .controls .navigate-right', '.reveal .controls .navigate-left', '.review-link', '.live-status'].map((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return { selector, box: box && { x: box.x, y: box.y, right: box.right, bottom: box.bottom } };
    }),
  );
  for (const { selector, box } of boxes) {
    expect(box, selector).toBeDefined();
    expect(box!.right, selector).toBeLessThanOrEqual(1280);
    expect(box!.bottom, selector).toBeLessThanOrEqual(720);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!.box!, boxes[j]!.box!];
      const overlap = a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;
      expect(overlap, `${boxes[i]!.selector} overlaps ${boxes[j]!.selector}`).toBe(false);
    }
  }
  const counter = page.locator('.reveal .slide-number');
  await expect(counter).toHaveText(/^\s*\d+\s*\/\s*\d+\s*$/);
  expect(parseFloat(await counter.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
  await page.screenshot({ path: '.tmp/screenshots/present-controls.png' });
});

test('on an upright phone a student is offered reading along, which follows the teacher', async ({ browser }) => {
  const presenter = await openDevice(browser, deckUrl(`?key=${server.secrets.presenter}`));
  await waitLive(presenter);
  await presenter.keyboard.press('Home');
  await presenter.keyboard.press('ArrowRight');
  const phone = await openDevice(browser, deckUrl(), { width: 360, height: 740 });
  await expect.poll(() => position(phone)).toBe('1/-1');
  await phone.getByRole('link', { name: 'Draai je telefoon, of lees mee' }).click();
  await expect(phone.locator('.review-slide.is-live')).toHaveAttribute('id', 'docker-container');
  await expect(phone.locator('#docker-container')).toBeInViewport();
  await presenter.keyboard.press('ArrowRight');
  await expect(phone.locator('.review-slide.is-live')).toHaveAttribute('id', 'virtuele-machine-vm');
  await expect(phone.locator('#virtuele-machine-vm')).toBeInViewport();
  await phone.screenshot({ path: '.tmp/screenshots/present-phone-reading-along.png' });
  for (const page of [presenter, phone]) await page.context().close();
});
