import type { RevealApi } from 'reveal.js';
import type { UiStrings } from '../../i18n/ui-strings.ts';
import { connectLive, type LiveConnection } from './live-connection.ts';
import { provideLive } from './live-hub.ts';
import { takeLiveKey } from './live-key.ts';
import { showLiveStatus } from './live-status.ts';
import { syncDeck } from './sync-deck.ts';

/** A deck page served by `lesdia present`: joins the channel, leads or follows, and shows how it stands. */
export function startLive(deck: RevealApi, strings: UiStrings): LiveConnection {
  const live = connectLive(takeLiveKey());
  const sync = syncDeck(deck, live);
  showLiveStatus(live, sync, strings);
  provideLive(live);
  return live;
}
