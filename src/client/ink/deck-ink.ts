import type { RevealApi } from 'reveal.js';
import '../theme/ink.css';
import { inkStrings } from '../../i18n/ink-strings.ts';
import type { LiveRole } from '../../protocol/live-message.ts';
import { currentSlug } from '../hot-update.ts';
import { isPresented, whenLive } from '../live/live-hub.ts';
import { embeddedInk, embeddedInkText } from './ink-data.ts';
import { showDeckInk } from './deck-layer.ts';
import { createInkEditor } from './ink-editor.ts';
import { InkStore } from './ink-store.ts';
import { keepOnDevServer } from './keep-dev.ts';
import { keepLive } from './keep-live.ts';
import { downloadInk, keepInBrowser } from './keep-local.ts';
import { shareWithFrames } from './share-frames.ts';

export interface DeckInk {
  store: InkStore;
  /** `D`: the pen on or off; absent where this window only shows the drawings (a preview frame, a student). */
  toggle?: () => void;
}

/**
 * Ink in the deck: the saved drawings shown on their slides and steps, and for the presenter the pen.
 * Kept by the dev server under `lesdia dev`, by `lesdia present` through its live channel (where students
 * see them as they are drawn), and in this browser in a built or single-file deck.
 */
export function startDeckInk(deck: RevealApi, options: { receiver: boolean }): DeckInk {
  const strings = inkStrings(document.documentElement.lang || 'nl');
  const store = new InkStore(embeddedInk());
  showDeckInk(deck, store);
  shareWithFrames(store, options.receiver);
  if (options.receiver) return { store };
  const slug = currentSlug().replace(/\.html$/, '');
  // Served by the dev server (import.meta.env.DEV follows NODE_ENV, which a build in the same process sets).
  if (import.meta.hot) {
    const editor = createInkEditor(deck, store, strings);
    keepOnDevServer(store, slug, (saved) => editor.setStatus(saved ? '' : strings.unsaved));
    return { store, toggle: editor.toggle };
  }
  if (isPresented()) {
    // Only the presenter secret draws; a student's device shows what arrives.
    const editor = createInkEditor(deck, store, strings);
    let role: LiveRole | undefined;
    void whenLive().then((live) => {
      if (live) keepLive(store, slug, live, (granted) => {
        role = granted;
        if (role !== 'presenter') editor.close();
      });
    });
    return { store, toggle: () => role === 'presenter' && editor.toggle() };
  }
  keepInBrowser(store, embeddedInkText());
  const editor = createInkEditor(deck, store, strings, () => downloadInk(store, slug));
  return { store, toggle: editor.toggle };
}
