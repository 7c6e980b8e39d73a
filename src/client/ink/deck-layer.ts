import type { RevealApi } from 'reveal.js';
import type { InkStore } from './ink-store.ts';
import { drawStrokes, inkSurface, strokeElement } from './stroke-path.ts';

/** The slide on screen and its build step: how many groups of fragments are showing. */
export function currentPlace(deck: RevealApi): { slide: string; step: number } | undefined {
  const section = deck.getCurrentSlide();
  if (!section?.id) return undefined;
  const shown = new Set([...section.querySelectorAll<HTMLElement>('.fragment.visible')].map((f) => f.dataset.fragmentIndex ?? f));
  return { slide: section.id, step: shown.size };
}

/**
 * The drawings of the slide on screen, on one surface over `.slides` (which reveal scales to the window),
 * so they stay on the same spot of the slide at any size. Redrawn on a slide or step change, and stroke by
 * stroke while one is drawn here or received.
 */
export function showDeckInk(deck: RevealApi, store: InkStore): void {
  const svg = inkSurface();
  let shown: { slide: string; step: number } | undefined;
  const redraw = () => {
    const slides = deck.getSlidesElement();
    if (slides && svg.parentElement !== slides) slides.appendChild(svg);
    shown = currentPlace(deck);
    if (shown) drawStrokes(svg, store.strokes(shown.slide), shown.step);
    else svg.replaceChildren();
  };
  for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, redraw);
  // A hot update replaces everything inside `.slides`, this surface too.
  document.addEventListener('lesdia:updated', redraw);
  store.listen((op) => {
    if (!op || !shown || op.slide !== shown.slide) return redraw();
    if (op.type === 'remove') {
      for (const id of op.ids) svg.querySelector(`[data-id="${CSS.escape(id)}"]`)?.remove();
      return;
    }
    if (op.stroke.step > shown.step) return;
    const path = strokeElement(op.stroke);
    const existing = svg.querySelector(`[data-id="${CSS.escape(op.stroke.id)}"]`);
    if (existing) existing.replaceWith(path);
    else svg.appendChild(path);
  });
  redraw();
}
