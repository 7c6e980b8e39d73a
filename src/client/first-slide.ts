/**
 * Resolves once the first slide that the page's own script shows (see emit/first-slide-script.ts) has been
 * painted, so that reveal's set-up (about 50 ms of script) comes after that paint instead of before it;
 * undefined when the page shows nothing before reveal. Two frames: with one, Chromium presented the frame
 * that first showed the slide only after the long task that followed it (first-paint came with the frame
 * after reveal's set-up); with two it comes before.
 */
export function afterFirstSlidePainted(): Promise<void> | undefined {
  const shown = (window as { lesdiaFirstSlide?: Promise<void> }).lesdiaFirstSlide;
  if (!shown) return undefined;
  // A page opened in a background tab paints no frames: the timeout starts reveal there all the same.
  const nextFrame = () =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => resolve());
      setTimeout(resolve, 100);
    });
  return shown
    .then(nextFrame)
    .then(nextFrame)
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
