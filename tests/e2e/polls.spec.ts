import { expect, test, type Page } from '@playwright/test';
import { openDevice, position, startTestPresentServer, waitLive } from './live-helpers.ts';
import { E2E_SITE } from './paths.ts';

let server: Awaited<ReturnType<typeof startTestPresentServer>>;
test.beforeAll(async () => {
  server = await startTestPresentServer(E2E_SITE);
});
test.afterAll(async () => server.close());

const deckUrl = (query = '') => `${server.origin}/docker-ecosysteem/${query}`;

/** A vote sent as a forger would: a WebSocket of its own, no deck, no buttons. */
async function forgeVote(page: Page, vote: unknown): Promise<void> {
  await page.evaluate(async (data) => {
    const ws = new WebSocket(`ws://${location.host}/_lesdia/live`);
    await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
    ws.send(JSON.stringify({ kind: 'live:hello', data: {} }));
    await new Promise((resolve) => ws.addEventListener('message', resolve, { once: true }));
    ws.send(JSON.stringify({ kind: 'poll:vote', data }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    ws.close();
  }, vote);
}

const counts = (page: Page) => page.locator('section.present .quiz-option .poll-count').allTextContents();

test('a poll: the presenter opens it with P, three phones vote and change their minds, P closes it, the answer step reveals it', async ({ browser }) => {
  const presenter = await openDevice(browser, deckUrl(`?key=${server.secrets.presenter}`));
  await waitLive(presenter);
  const slide = await presenter.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.id === 'vraag-container-of-vm'));
  await presenter.evaluate((h) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h), slide);
  const phones = await Promise.all([0, 1, 2].map(() => openDevice(browser, deckUrl(), { width: 360, height: 740 })));
  for (const phone of phones) {
    await waitLive(phone);
    await expect.poll(() => position(phone)).toBe(`${slide}/-1`);
  }

  await presenter.keyboard.press('p');
  const badge = presenter.locator('section.present .poll-status');
  await expect(badge).toContainText('0 stemmen');
  for (const phone of phones) await expect(phone.getByRole('button', { name: /De kernel van het besturingssysteem/ })).toBeVisible();
  const choose = (phone: Page, letter: string) => phone.locator('.poll-choice', { has: phone.locator('.poll-letter', { hasText: letter }) }).click();
  await choose(phones[0]!, 'B');
  await choose(phones[1]!, 'C');
  await choose(phones[2]!, 'B');
  await expect(badge).toContainText('3 stemmen');
  await expect.poll(() => counts(presenter)).toEqual(['0', '2', '1', '0']);
  // A second vote from the same phone replaces its first.
  await choose(phones[1]!, 'B');
  await expect.poll(() => counts(presenter)).toEqual(['0', '3', '0', '0']);
  await expect(badge).toContainText('3 stemmen');
  await expect(phones[1]!.locator('.poll-panel').getByRole('status')).toHaveText('Je stem is binnen. Je kunt hem nog veranderen.');
  if (process.env.SHOTS) {
    await presenter.screenshot({ path: '.tmp/shots/poll-presenter-open.png' });
    await phones[1]!.screenshot({ path: '.tmp/shots/poll-phone-open.png' });
  }

  // A vote sent by hand counts while the poll is open (one device, one vote) …
  const id = `docker-ecosysteem.${slide}.0`;
  await forgeVote(phones[2]!, { id, round: 1, choice: [0], device: 'handmade-device-0001' });
  await expect.poll(() => counts(presenter)).toEqual(['1', '3', '0', '0']);
  // … and is refused once it is closed.
  await presenter.keyboard.press('p');
  await expect(badge).toContainText('Peiling gesloten · 4 stemmen');
  await expect(phones[0]!.locator('.poll-choice').first()).toBeDisabled();
  await forgeVote(phones[2]!, { id, round: 1, choice: [3], device: 'handmade-device-0002' });
  await forgeVote(phones[2]!, { id, round: 1, choice: [3], device: 'handmade-device-0001' });
  await presenter.waitForTimeout(300);
  expect(await counts(presenter)).toEqual(['1', '3', '0', '0']);
  await expect(badge).toContainText('4 stemmen');

  // The answer step: the presenter's slide marks B, every phone shows the answer and the class's result.
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.locator('section.present .quiz-solution')).toHaveCSS('opacity', '1');
  for (const phone of phones) {
    await expect(phone.locator('.poll-panel').getByRole('status')).toHaveText('Goed antwoord: B');
    await expect(phone.locator('.poll-choice.is-right')).toHaveCount(1);
    await expect(phone.locator('.poll-choice.is-right .poll-share')).toHaveText('75%');
  }
  if (process.env.SHOTS) {
    await presenter.screenshot({ path: '.tmp/shots/poll-presenter-revealed.png' });
    await phones[1]!.screenshot({ path: '.tmp/shots/poll-phone-revealed.png' });
  }
  // Nothing on a phone names another phone.
  expect(await phones[0]!.evaluate(() => document.body.innerText)).not.toContain('handmade');
  for (const page of [presenter, ...phones]) await page.context().close();
});
