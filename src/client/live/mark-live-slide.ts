import type { UiStrings } from '../../i18n/ui-strings.ts';
import { DECK_STATE, type DeckState } from '../../protocol/live-deck.ts';
import { currentSlug } from '../hot-update.ts';
import { connectLive } from './live-connection.ts';
import { takeLiveKey } from './live-key.ts';

/**
 * Reading mode under `lesdia present`: the slide the teacher shows now is marked "Nu live", and a button
 * in the corner jumps to it. `slideIds` are the deck's slide ids in order (reading mode joins follow-up
 * slides into one article, keeping their ids as anchors).
 */
export function markLiveSlide(slideIds: readonly string[], strings: UiStrings): void {
  const live = connectLive(takeLiveKey());
  const jump = document.createElement('a');
  jump.className = 'review-live-jump';
  jump.hidden = true;
  jump.textContent = `● ${strings.liveNow}`;
  document.body.appendChild(jump);
  live.on(DECK_STATE, (data) => {
    const state = data as DeckState;
    for (const old of document.querySelectorAll('.review-slide.is-live')) old.classList.remove('is-live');
    document.querySelector('.review-live-badge')?.remove();
    const id = state.deck === currentSlug() ? slideIds[state.h] : undefined;
    const target = id ? document.getElementById(id) : null;
    const article = target?.closest('.review-slide');
    jump.hidden = !article;
    if (!article || !id) return;
    article.classList.add('is-live');
    const badge = document.createElement('span');
    badge.className = 'review-live-badge';
    badge.textContent = strings.liveNow;
    article.querySelector('.review-slide-meta')?.prepend(badge);
    jump.href = `#${encodeURIComponent(id)}`;
  });
}
