import type { RevealApi } from 'reveal.js';
import '../theme/ink.css';
import { inkStrings } from '../../i18n/ink-strings.ts';
import { currentSlug } from '../hot-update.ts';
import { embeddedInk, embeddedInkText } from './ink-data.ts';
import { showDeckInk } from './deck-layer.ts';
import { createInkEditor, type InkEditor } from './ink-editor.ts';
import { InkStore } from './ink-store.ts';
import { keepOnDevServer } from './keep-dev.ts';
import { downloadInk, keepInBrowser } from './keep-local.ts';
import { shareWithFrames } from './share-frames.ts';

export interface DeckInk {
  store: InkStore;
  /** Absent where this window only shows the drawings (a preview frame of the speaker view). */
  editor?: InkEditor;
}

/**
 * Ink in the deck: the saved drawings shown on their slides and steps, and for the presenter the pen.
 * Kept by the dev server under `lesdia dev`, in this browser in a built or single-file deck.
 */
export function startDeckInk(deck: RevealApi, options: { receiver: boolean }): DeckInk {
  const strings = inkStrings(document.documentElement.lang || 'nl');
  const store = new InkStore(embeddedInk());
  showDeckInk(deck, store);
  shareWithFrames(store, options.receiver);
  if (options.receiver) return { store };
  const slug = currentSlug().replace(/\.html$/, '');
  let editor: InkEditor | undefined;
  // Served by the dev server (import.meta.env.DEV follows NODE_ENV, which a build in the same process sets).
  if (import.meta.hot) {
    keepOnDevServer(store, slug, (saved) => editor?.setStatus(saved ? '' : strings.unsaved));
    editor = createInkEditor(deck, store, strings);
  } else {
    keepInBrowser(store, embeddedInkText());
    editor = createInkEditor(deck, store, strings, () => downloadInk(store, slug));
  }
  return { store, editor };
}
