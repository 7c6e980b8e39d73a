import type { BrowserContext, Page } from '@playwright/test';

/** Every request the context makes (popups and frames included) that leaves `origin`. */
export function collectOutsideRequests(context: BrowserContext, origin: string): string[] {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) outside.push(url);
  });
  return outside;
}

/** The index of the slide on screen, read from the DOM the way a viewer sees it. */
export async function currentSlide(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.classList.contains('present')));
}

export async function waitForDeck(page: Page): Promise<void> {
  await page.locator('.reveal.lesdia-complete').waitFor();
}
