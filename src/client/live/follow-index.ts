import { DECK_STATE, type DeckState } from '../../protocol/live-deck.ts';
import type { UiStrings } from '../../i18n/ui-strings.ts';
import { connectLive } from './live-connection.ts';
import { takeLiveKey } from './live-key.ts';

/**
 * The deck list under `lesdia present`: the teacher picks a deck here; a student's device (and the remote)
 * waits for that choice and then opens the deck the teacher presents.
 */
export function followFromIndex(strings: UiStrings): void {
  const live = connectLive(takeLiveKey());
  const banner = document.createElement('p');
  banner.className = 'live-waiting';
  banner.setAttribute('role', 'status');
  live.onWelcome((role) => {
    banner.textContent = role === 'presenter' ? '' : strings.waitingForPresenter;
    banner.hidden = role === 'presenter';
    if (!banner.isConnected) document.querySelector('main')?.prepend(banner);
  });
  live.on(DECK_STATE, (data) => {
    if (live.role === 'presenter') return;
    const view = live.role === 'remote' ? '?view=remote' : '';
    location.href = new URL(`${encodeURIComponent((data as DeckState).deck)}/${view}`, location.href).href;
  });
}
