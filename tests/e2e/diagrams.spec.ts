import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { waitForDeck } from './helpers.ts';
import { E2E_SITE } from './paths.ts';

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveStatic(E2E_SITE, '/');
});
test.afterAll(() => site.server.close());

interface PartState {
  label: string;
  step: number;
  visible: boolean;
  box: [number, number, number, number];
}

/** Every part of the diagram on screen: its step, whether a viewer sees it, and where it is drawn. */
async function diagramState(page: Page, kind: string): Promise<PartState[]> {
  return page.locator(`section.present figure.diagram-${kind}`).evaluate((figure) =>
    [...figure.querySelectorAll<HTMLElement | SVGElement>('[data-diagram-part]')].map((part) => {
      const style = getComputedStyle(part);
      const rect = part.getBoundingClientRect();
      return {
        label: (part.textContent ?? '').trim(),
        step: Number(part.dataset.step),
        visible: style.visibility === 'visible' && Number(style.opacity) === 1,
        box: [rect.x, rect.y, rect.width, rect.height].map((n) => Math.round(n * 10) / 10) as [number, number, number, number],
      };
    }),
  );
}

async function openSlideWith(page: Page, selector: string): Promise<void> {
  await page.goto(`${site.url}docker-ecosysteem/`);
  await waitForDeck(page);
  const id = await page.evaluate((s) => document.querySelector(s)?.closest('.slides > section')?.id, selector);
  expect(id, `a slide with ${selector}`).toBeTruthy();
  await page.evaluate((slideId) => (location.hash = `#/${slideId}`), id);
  await expect(page.locator(`section.present ${selector}`)).toBeAttached();
}

for (const [kind, expectedSteps, firstParts] of [
  ['stack', 8, ['Infrastructuur', 'Infrastructuur']],
  ['flow', 7, ["commando's", 'Clientdocker CLI', 'Daemondockerd']],
] as const) {
  test(`the ${kind} diagram builds step by step, and nothing moves between steps`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openSlideWith(page, `figure.diagram-${kind}`);
    const initial = await diagramState(page, kind);
    const steps = Math.max(...initial.map((part) => part.step));
    expect(steps).toBe(7);
    const highlightSteps = await page.locator(`section.present figure.diagram-${kind} [data-highlight-step]`).evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.highlightStep)));
    const lastStep = Math.max(steps, ...highlightSteps);
    expect(lastStep).toBe(expectedSteps);

    for (let step = 0; step <= lastStep; step++) {
      const state = await diagramState(page, kind);
      expect(state.filter((part) => part.visible).map((part) => part.step).every((s) => s <= step), `step ${step}: nothing from a later step`).toBe(true);
      expect(state.filter((part) => part.step <= step).every((part) => part.visible), `step ${step}: everything up to it`).toBe(true);
      expect(state.map((part) => part.box), `step ${step}: every part where it was`).toEqual(initial.map((part) => part.box));
      if (step === 1) expect(state.filter((part) => part.visible && part.step === 1).map((part) => part.label)).toEqual(firstParts);
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('the highlight step marks the shared kernel in both stacks', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openSlideWith(page, 'figure.diagram-stack');
  const highlighted = page.locator('section.present .diagram-highlight');
  await expect(highlighted).toHaveCount(2);
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(highlighted.first()).toHaveClass(/visible/);
  const fill = await highlighted.first().locator('.stack-cell').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(fill).toBe('rgb(11, 74, 143)');
});

test('screen readers get the diagrams as text, in a sensible order', async ({ page }) => {
  await page.goto(`${site.url}docker-ecosysteem/`);
  await waitForDeck(page);
  const stackText = await page.locator('figure.diagram-stack .diagram-text').textContent();
  expect(stackText).toContain('Virtuele machines, van onder naar boven:');
  expect(stackText?.indexOf('Infrastructuur')).toBeLessThan(stackText?.indexOf('Hypervisor') ?? 0);
  expect(stackText).toContain('3 × Guest OS');
  await expect(page.locator('figure.diagram-stack .diagram-visual')).toHaveAttribute('aria-hidden', 'true');
  const flowItems = await page.locator('figure.diagram-flow .diagram-text li').allTextContents();
  expect(flowItems[0]).toBe("Client (docker CLI) → Daemon (dockerd): commando's");
  expect(flowItems).toContain('Registry (Docker Hub) ↔ Images: pull / push');
});
