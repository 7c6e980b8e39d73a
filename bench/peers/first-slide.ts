import type { Browser } from 'playwright-core';

/**
 * Milliseconds from navigation to the first painted frame in which the first slide's title is on screen,
 * visible (no hidden or transparent ancestor) and no web font is still loading. The same test for every
 * tool: it needs nothing from the page but the title's text.
 */
export async function measureFirstSlide(browser: Browser, url: string, title: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(`(${FIRST_SLIDE_PROBE})(${JSON.stringify(title)})`);
    await page.goto(url);
    await page.waitForFunction(() => 'benchFirstSlideMs' in window, undefined, { timeout: 30_000 });
    return await page.evaluate(() => (window as unknown as { benchFirstSlideMs: number }).benchFirstSlideMs);
  } finally {
    await context.close();
  }
}

// Kept as source text: the page must receive it exactly as written (a transpiler's helpers are not there).
const FIRST_SLIDE_PROBE = `(text) => {
  const shown = () => {
    if (document.fonts.status !== 'loaded') return false;
    for (const heading of document.querySelectorAll('h1, h2, h3, h4')) {
      if (!heading.textContent.includes(text)) continue;
      const box = heading.getBoundingClientRect();
      const onScreen = box.width >= 1 && box.height >= 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      if (onScreen && heading.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
    }
    return false;
  };
  // The frame in which the title is found is being painted; the next callback runs once it was.
  const tick = () => (shown() ? requestAnimationFrame(() => { window.benchFirstSlideMs = performance.now(); }) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
}`;
