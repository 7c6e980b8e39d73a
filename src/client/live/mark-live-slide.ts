import type { UiStrings } from '../../i18n/ui-strings.ts';
import { DECK_STATE, type DeckState } from '../../protocol/live-deck.ts';
import { currentSlug } from '../hot-update.ts';
import { connectLive } from './live-connection.ts';
import { takeLiveKey } from './live-key.ts';

/**
 * Reading mode under `lesdia present`: the slide the teacher shows now is marked "Nu live", a button in
 * the corner jumps to it, and a reader who has it in view is carried along to the next one. `slideIds` are the deck's slide ids in order (reading mode joins follow-up
 * slides into one article, keeping their ids as anchors).
 */
export function markLiveSlide(slideIds: readonly string[], strings: UiStrings): void {
  const live = connectLive(takeLiveKey());
  const jump = document.createElement('a');
  jump.className = 'review-live-jump';
  jump.hidden = true;
  jump.textContent = `● ${strings.liveNow}`;
  document.body.appendChild(jump);
  // The way to the live slide shows only while it is out of sight.
  const updateJump = () => {
    const current = document.querySelector('.review-slide.is-live');
    jump.hidden = !current || inView(current);
  };
  addEventListener('scroll', updateJump, { passive: true });
  live.on(DECK_STATE, (data) => {
    const state = data as DeckState;
    // A reader who has the live slide in view reads along: the page moves on with the teacher.
    const previous = document.querySelector('.review-slide.is-live');
    const readingAlong = previous !== null && inView(previous);
    for (const old of document.querySelectorAll('.review-slide.is-live')) old.classList.remove('is-live');
    document.querySelector('.review-live-badge')?.remove();
    const id = state.deck === currentSlug() ? slideIds[state.h] : undefined;
    const target = id ? document.getElementById(id) : null;
    const article = target?.closest('.review-slide');
    if (!article || !id) return updateJump();
    article.classList.add('is-live');
    const badge = document.createElement('span');
    badge.className = 'review-live-badge';
    badge.textContent = strings.liveNow;
    article.querySelector('.review-slide-meta')?.prepend(badge);
    jump.href = `#${encodeURIComponent(id)}`;
    if (readingAlong && previous !== article) article.scrollIntoView({ block: 'start' });
    updateJump();
    return undefined;
  });
}

function inView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight;
}
