import type { RevealApi } from 'reveal.js';

/** Must match LATER_SLIDES_ID in emit/emit-deck-page.ts (the client does not import the compiler). */
const LATER_SLIDES_ID = 'lesdia-later-slides';

/** Puts the slides a long deck keeps in its template into `.slides`; true when there were any. */
export function appendLaterSlides(): boolean {
  const template = document.getElementById(LATER_SLIDES_ID);
  const slides = document.querySelector('.reveal .slides');
  if (!(template instanceof HTMLTemplateElement) || !slides) return false;
  slides.append(template.content);
  template.remove();
  return true;
}

/** Whether the URL points at a slide that is still in the template, so it must be live from the start. */
export function hashNeedsLaterSlides(hash: string): boolean {
  const target = decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  if (target === '') return false;
  if (/^\d+$/.test(target)) return Number(target) >= document.querySelectorAll('.reveal .slides > section').length;
  return document.getElementById(target) === null;
}

/**
 * After the first slide shows: the later slides join the deck, reveal takes them in, and the deck is marked
 * complete (`.reveal.lesdia-complete`), which tools and tests wait for.
 */
export function completeDeck(deck: RevealApi, element: HTMLElement): void {
  const finish = () => {
    if (appendLaterSlides()) deck.sync();
    element.classList.add('lesdia-complete');
    element.dispatchEvent(new CustomEvent('lesdia:complete', { bubbles: true }));
  };
  if (document.getElementById(LATER_SLIDES_ID)) requestAnimationFrame(() => setTimeout(finish, 0));
  else finish();
}
