import type { RevealApi } from 'reveal.js';
import type { UiStrings } from '../i18n/ui-strings.ts';

/** A visible link from the presentation to reading mode, kept at the slide on screen. */
export function addReviewLink(deck: RevealApi, strings: UiStrings): void {
  const link = document.createElement('a');
  link.className = 'review-link';
  link.textContent = strings.reviewMode;
  const update = () => {
    const id = deck.getCurrentSlide()?.id;
    link.href = `?view=review${id ? `#${encodeURIComponent(id)}` : ''}`;
  };
  deck.on('slidechanged', update);
  update();
  document.body.appendChild(link);
}
