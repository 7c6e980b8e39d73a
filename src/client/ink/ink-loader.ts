import type { RevealApi } from 'reveal.js';
import { inkStrings } from '../../i18n/ink-strings.ts';
import type { DeckInk } from './deck-ink.ts';
import { hasEmbeddedInk } from './ink-data.ts';

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
  if (hasEmbeddedInk() || keptHere || options.receiver) void load();
  if (options.receiver) return;
  deck.addKeyBinding({ keyCode: 68, key: 'D', description: inkStrings(document.documentElement.lang || 'nl').toggle }, () => {
    void load().then((ink) => ink.editor?.toggle());
  });
}
