import type { Server } from 'node:http';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { serveStatic } from '../../src/server/static-server.ts';
import { waitForDeck } from './helpers.ts';
import { E2E_SITE } from './paths.ts';

// The built page draws its first slide before reveal.js starts (emit/first-slide-script.ts); reveal must then
// find it exactly where it would have put it: positions are compared, never times.

let site: { url: string; server: Server };
test.beforeAll(async () => {
  site = await serveStatic(E2E_SITE, '/cursus/');
});
test.afterAll(() => site.server.close());

const PHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
const SCREENS: [string, BrowserContextOptions][] = [
  ['1920×1080', { viewport: { width: 1920, height: 1080 } }],
  ['1280×720 (scale 0.96)', { viewport: { width: 1280, height: 720 } }],
  ['1366×768', { viewport: { width: 1366, height: 768 } }],
  ['a phone held sideways', { viewport: { width: 844, height: 390 }, userAgent: PHONE_UA, isMobile: true, hasTouch: true }],
];

/** Where the first slide, its title and the slides' box are on screen, and how reveal placed the slides. */
function readFirstSlide(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null) => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 1000) / 1000);
    };
    const slides = document.querySelector<HTMLElement>('.reveal .slides');
    const first = document.querySelector('.reveal .slides > section');
    return {
      section: box(first),
      title: box(first?.querySelector('h1, h2, h3, h4') ?? null),
      slides: box(slides),
      transform: slides ? getComputedStyle(slides).transform : '',
      present: first?.classList.contains('present') ?? false,
    };
  });
}

async function drawnBeforeReveal(browser: Browser, url: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    // Without its scripts the page shows only what it drew itself.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    return await readFirstSlide(page);
  } finally {
    await context.close();
  }
}

async function shownByReveal(browser: Browser, url: string, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    // Every frame before reveal is ready: where the title was when it first showed.
    await page.addInitScript(() => {
      const frames: { box: number[]; ready: boolean }[] = [];
      Object.assign(window, { firstSlideFrames: frames });
      const watch = () => {
        const title = document.querySelector('.reveal .slides > section :is(h1, h2, h3, h4)');
        const r = title?.getBoundingClientRect();
        if (title && r && r.width > 0 && title.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
          frames.push({ box: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 1000) / 1000), ready: document.querySelector('.reveal.ready') !== null });
        }
        if (!document.querySelector('.reveal.lesdia-complete')) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto(url);
    await waitForDeck(page);
    await page.evaluate(() => document.fonts.ready);
    const frames = await page.evaluate(() => (window as unknown as { firstSlideFrames: { box: number[]; ready: boolean }[] }).firstSlideFrames);
    return { ...(await readFirstSlide(page)), frames };
  } finally {
    await context.close();
  }
}

for (const [screen, options] of SCREENS) {
  test(`on ${screen}, the first slide the page draws lies where reveal shows it, and does not move when reveal starts`, async ({ browser }) => {
    const url = `${site.url}docker-ecosysteem/`;
    const before = await drawnBeforeReveal(browser, url, options);
    const after = await shownByReveal(browser, url, options);
    expect(before.present).toBe(true);
    expect(before.title).not.toBeNull();
    const { frames, ...final } = after;
    expect(before).toEqual(final);
    // The slide was on screen before reveal was ready, and its title had one place in every frame.
    expect(frames[0]?.ready).toBe(false);
    expect(new Set(frames.map((frame) => frame.box.join(',')))).toEqual(new Set([final.title?.join(',')]));
  });
}

test('the page leaves the first slide to reveal where reveal would show something else', async ({ browser }) => {
  const deck = `${site.url}docker-ecosysteem/`;
  const cases: [string, string, BrowserContextOptions][] = [
    ['a later slide in the hash', `${deck}#/1`, {}],
    ['a query (reading mode)', `${deck}?view=review`, {}],
    ["a phone held upright (reveal's scroll view)", deck, { viewport: { width: 390, height: 844 }, userAgent: PHONE_UA, isMobile: true, hasTouch: true }],
  ];
  for (const [what, url, options] of cases) {
    const drawn = await drawnBeforeReveal(browser, url, options);
    expect(drawn.present, what).toBe(false);
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(url);
    // Nothing of reveal's is left behind either.
    expect(await page.evaluate(() => [document.documentElement.className, document.body.className, document.querySelector<HTMLElement>('.reveal .slides')?.getAttribute('style') ?? null]), what).toEqual(['', '', null]);
    await context.close();
  }
});
