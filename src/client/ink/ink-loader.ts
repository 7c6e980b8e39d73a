import type { RevealApi } from 'reveal.js';
import { inkStrings } from '../../i18n/ink-strings.ts';
import { isPresented } from '../live/live-hub.ts';
import type { DeckInk } from './deck-ink.ts';

/** Where the page carries its drawings: must match INK_DATA_ID in vite/ink-plugin.ts (the client does not import the Vite side). */
export const INK_DATA_ID = 'lesdia-ink';

/**
 * The deck's first slide does not wait for ink: the drawings and the pen are a chunk of their own, loaded
 * after the deck is up when there is something to show, or on the first `D`.
 */
export function setUpInk(deck: RevealApi, options: { receiver: boolean }): void {
  let loading: Promise<DeckInk> | undefined;
  const load = () => (loading ??= import('./deck-ink.ts').then(({ startDeckInk }) => startDeckInk(deck, options)));
  const keptHere = (() => {
    try {
      return localStorage.getItem(`lesdia-ink:${location.pathname}`) !== null;
    } catch {
      return false;
    }
  })();
  // Under `lesdia present` a student's device must be ready for the first stroke the teacher draws.
  if (document.getElementById(INK_DATA_ID) || keptHere || options.receiver || isPresented()) void load();
  if (options.receiver) return;
  deck.addKeyBinding({ keyCode: 68, key: 'D', description: inkStrings(document.documentElement.lang || 'nl').toggle }, () => {
    void load().then((ink) => ink.toggle?.());
  });
}
