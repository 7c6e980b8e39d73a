import type { RevealApi } from 'reveal.js';
import type { ViteHotContext } from 'vite/types/hot.js';
import { DECK_UPDATE_EVENT, deckUpdate, type DeckUpdate } from '../protocol/hot-update.ts';
import { receive } from '../protocol/validate.ts';
import { showDevProblems } from './dev-problems.ts';

/** The deck this page shows: its folder name in the site. */
export function currentSlug(): string {
  return decodeURIComponent(location.pathname.replace(/\/(index\.html)?$/, '').split('/').pop() ?? '');
}

/**
 * Dev server only: a saved course page replaces the slides in place, keeping the current slide and step,
 * and clears any error overlay the previous save raised.
 */
export function listenForDeckUpdates(deck: RevealApi, hot: ViteHotContext): void {
  onDeckUpdate(hot, (update) => {
    if (update.slug !== currentSlug()) return;
    const target = deck.getSlidesElement();
    const slides = slidesOf(update);
    if (slides === undefined || !target) return;
    const { h, v, f } = deck.getIndices();
    target.innerHTML = slides;
    deck.sync();
    deck.slide(h, v, f);
    for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove();
    showDevProblems(update.problems);
    document.dispatchEvent(new CustomEvent('lesdia:updated'));
  });
}

/** Calls `listener` with each valid deck update; a malformed one is logged and dropped. */
export function onDeckUpdate(hot: ViteHotContext, listener: (update: DeckUpdate) => void): void {
  hot.on(DECK_UPDATE_EVENT, (data: unknown) => {
    const received = receive(deckUpdate, data);
    if (received.ok) listener(received.value);
    else console.warn(`lesdia: ignored a malformed deck update (${received.error})`);
  });
}

/** Every slide of an update's deck body as HTML, those a long deck keeps in its template included. */
export function slidesOf(update: DeckUpdate): string | undefined {
  const template = document.createElement('template');
  template.innerHTML = update.body;
  const slides = template.content.querySelector('.slides');
  const later = template.content.querySelector('template');
  return slides ? slides.innerHTML + (later?.innerHTML ?? '') : undefined;
}

/** Dev server only: shows an error the page was served with in Vite's own overlay. */
export function showDevError(): void {
  const data = document.getElementById('lesdia-dev-error')?.textContent;
  const Overlay = customElements.get('vite-error-overlay');
  if (!data || !Overlay) return;
  // One overlay at a time, as Vite's own client keeps it.
  for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove();
  document.body.appendChild(new Overlay(JSON.parse(data)));
}
