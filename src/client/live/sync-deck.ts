import type { RevealApi } from 'reveal.js';
import { DECK_COMMAND, DECK_STATE, type DeckCommand, type DeckState } from '../../protocol/live-deck.ts';
import { currentSlug } from '../hot-update.ts';
import type { LiveConnection } from './live-connection.ts';

const DECK_EVENTS = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'paused', 'resumed'];

export interface DeckSync {
  /** Whether this device shows the live position (a student may browse away). */
  readonly following: boolean;
  /** Back to where the presenter is. */
  rejoin(): void;
  onChange(handler: () => void): void;
}

/** The deck's position as the channel carries it. */
export function readDeckState(deck: RevealApi): DeckState {
  const { h, v, f } = deck.getIndices();
  return { deck: currentSlug(), h, v: v ?? 0, f: f ?? -1, overview: deck.isOverview(), paused: deck.isPaused() };
}

/**
 * Keeps a deck page on the channel. The presenter's window sends its position on every move and carries
 * out the remote's commands; every other window shows the latest position it received. A student who moves on their own stops following until they rejoin.
 */
export function syncDeck(deck: RevealApi, live: LiveConnection): DeckSync {
  let latest: DeckState | undefined;
  let following = true;
  const changeHandlers: (() => void)[] = [];
  const changed = () => changeHandlers.forEach((handler) => handler());

  const apply = (state: DeckState) => {
    if (state.deck !== currentSlug()) {
      // The teacher opened another deck: followers go along, keeping this page's query (such as the view).
      location.href = new URL(`../${encodeURIComponent(state.deck)}/${location.search}`, new URL('./', location.href)).href;
      return;
    }
    deck.setState({ indexh: state.h, indexv: state.v, indexf: state.f, overview: state.overview, paused: state.paused });
  };

  for (const event of DECK_EVENTS) {
    deck.on(event, () => {
      if (live.role === 'presenter') return live.send(DECK_STATE, readDeckState(deck));
      // reveal reports moves after the fact, some after a transition: a move to where the presenter is
      // was ours, any other the student's own.
      if (following && latest && !samePlace(readDeckState(deck), latest)) {
        following = false;
        changed();
      }
      return undefined;
    });
  }
  live.on(DECK_STATE, (data) => {
    // The presenter's own window is the source: what the server kept from before must not move it back.
    if (live.role === 'presenter') return;
    latest = data as DeckState;
    if (following) apply(latest);
    changed();
  });
  live.on(DECK_COMMAND, (data) => {
    const command = data as DeckCommand;
    if (command.action === 'next') deck.next();
    else if (command.action === 'prev') deck.prev();
    else if (command.action === 'goto') deck.slide(command.h ?? 0);
    else deck.togglePause(command.action === 'pause');
  });
  live.onWelcome((role) => {
    // The presenter is the source of truth: after any (re)connection the server hears where the deck is.
    if (role === 'presenter') live.send(DECK_STATE, readDeckState(deck));
    changed();
  });

  return {
    get following() {
      return following || live.role === 'presenter';
    },
    rejoin() {
      following = true;
      if (latest) apply(latest);
      changed();
    },
    onChange: (handler) => void changeHandlers.push(handler),
  };
}

function samePlace(a: DeckState, b: DeckState): boolean {
  return a.deck === b.deck && a.h === b.h && a.v === b.v && a.f === b.f && a.overview === b.overview && a.paused === b.paused;
}
