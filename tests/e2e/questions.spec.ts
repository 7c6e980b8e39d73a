import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { currentSlide, waitForDeck } from './helpers.ts';
import { E2E_FIXTURE_SITE, E2E_SITE } from './paths.ts';

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

test('in reading mode a student answers, hears the verdict, tries again, and the score stays in the browser', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${site.url}docker-ecosysteem/?view=review`);
  const score = page.locator('.review-score-text');
  await expect(score).toHaveText('0 van 3 vragen goed');

  // The teacher's notes discuss the answer: hidden until the student has answered.
  const notes = page.locator('#vraag-container-of-vm .review-notes');
  await expect(notes).toBeHidden();
  const first = page.getByRole('group', { name: /Vraag 1.*Wat deelt een container met de host/ });
  await expect(first.getByRole('radio')).toHaveCount(4);
  const verdict = first.getByRole('status');
  await first.getByRole('button', { name: 'Controleer' }).click();
  await expect(verdict).toHaveText('Kies eerst een antwoord.');
  await first.getByRole('radio', { name: /Een eigen guest OS/ }).check();
  await first.getByRole('button', { name: 'Controleer' }).click();
  await expect(verdict).toContainText('Niet goed');
  const solution = page.locator('#vraag-container-of-vm .quiz-solution');
  await expect(solution).toBeHidden();
  await expect(score).toHaveText('0 van 3 vragen goed');

  await first.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await expect(first.getByRole('radio', { name: /Een eigen guest OS/ })).not.toBeChecked();
  // Keyboard only: the arrow keys move through a radio group, Enter submits the form.
  await first.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio', { name: /kernel/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(verdict).toHaveText('Goed!');
  await expect(solution).toBeVisible();
  await expect(solution).toContainText('draait als gewoon proces op de kernel van de host');
  await expect(score).toHaveText('1 van 3 vragen goed');
  await expect(notes).toBeVisible();

  // Several right answers: checkboxes, and half of them is not right.
  const engine = page.getByRole('group', { name: /Uit welke twee onderdelen/ });
  await expect(engine.getByRole('checkbox')).toHaveCount(4);
  await engine.getByRole('checkbox', { name: /daemon/ }).check();
  await engine.getByRole('button', { name: 'Controleer' }).click();
  await expect(engine.getByRole('status')).toContainText('meerdere goede antwoorden');
  await engine.getByRole('button', { name: 'Toon antwoord' }).click();
  await expect(engine.getByRole('checkbox', { name: /client/ })).toBeChecked();
  await expect(page.locator('#vraag-de-docker-engine .quiz-solution')).toBeVisible();
  // A shown answer does not count.
  await expect(score).toHaveText('1 van 3 vragen goed');

  await page.reload();
  await expect(score).toHaveText('1 van 3 vragen goed');
  await expect(page.getByRole('group', { name: /Vraag 1/ }).getByRole('radio', { name: /kernel/ })).toBeChecked();
  await expect(page.locator('#vraag-container-of-vm .quiz-solution')).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lesdia-quiz:')));
  expect(kept).toHaveLength(1);

  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await expect(score).toHaveText('0 van 3 vragen goed');
  await expect(page.locator('#vraag-container-of-vm .quiz-solution')).toBeHidden();
});

test('an open question in an English deck: the answer is the next step in the deck; reading mode keeps the own answer and shows the teacher\'s', async ({ page }) => {
  const fixture = await serveStatic(E2E_FIXTURE_SITE, '/');
  try {
    await page.goto(`${fixture.url}beta/#/third`);
    await waitForDeck(page);
    const solution = page.locator('section.present .quiz-solution');
    await expect(solution).toHaveCSS('opacity', '0');
    await page.keyboard.press('ArrowRight');
    await expect(solution).toHaveCSS('opacity', '1');
    await expect(solution).toContainText('Answer');
    await expect(solution).toContainText("shares the host's kernel");

    await page.goto(`${fixture.url}beta/?view=review`);
    const question = page.getByRole('group', { name: /Question 1.*Why does a container start faster/ });
    await question.getByRole('textbox').fill('No OS to boot');
    const answer = page.locator('#third .quiz-solution');
    await expect(answer).toBeHidden();
    await question.getByRole('button', { name: 'Show answer' }).click();
    await expect(answer).toBeVisible();
    await page.reload();
    await expect(page.getByRole('group', { name: /Question 1/ }).getByRole('textbox')).toHaveValue('No OS to boot');
    await expect(page.locator('#third .quiz-solution')).toBeVisible();
    // Open questions are not scored.
    await expect(page.locator('.review-score')).toBeHidden();
  } finally {
    fixture.server.close();
  }
});
