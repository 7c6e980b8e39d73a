import type { RevealApi } from 'reveal.js';
import type { InkStrings } from '../../i18n/ink-strings.ts';
import type { InkStroke } from '../../model/annotations.ts';
import { currentPlace } from './deck-layer.ts';
import { startPen, type PenSettings } from './ink-pen.ts';
import type { InkStore } from './ink-store.ts';
import { createToolbar } from './ink-toolbar.ts';

type Change = { slide: string; added?: InkStroke; removed?: InkStroke[] };

export interface InkEditor {
  toggle: () => void;
  close: () => void;
  isOpen: () => boolean;
  /** Shows or clears the line that says the drawings are not being saved. */
  setStatus: (text: string) => void;
}

/**
 * The pen: `D` opens it over the deck with its toolbar, `Esc` (or `D`) closes it. Every change is an op on
 * the store; undo takes back this slide's last change (a stroke, an eraser pass, a clear).
 */
export function createInkEditor(deck: RevealApi, store: InkStore, strings: InkStrings, download?: () => void): InkEditor {
  const settings: PenSettings = { tool: 'pen', color: 'red', thick: false };
  const history: Change[] = [];
  let pending: InkStroke[] = [];
  const find = (slide: string, ids: readonly string[]) => store.strokes(slide).filter((s) => ids.includes(s.id));

  const pen = startPen(
    {
      surface: () => deck.getSlidesElement()?.getBoundingClientRect(),
      place: () => currentPlace(deck),
      strokes: (slide, step) => store.strokes(slide).filter((s) => s.step <= step),
      draft: (slide, stroke) => store.apply({ type: 'draft', slide, stroke }),
      finish: (slide, stroke) => {
        store.apply({ type: 'add', slide, stroke });
        history.push({ slide, added: stroke });
      },
      erase: (slide, ids) => {
        pending.push(...find(slide, ids));
        store.apply({ type: 'remove', slide, ids });
      },
      erased: (slide) => {
        history.push({ slide, removed: pending });
        pending = [];
      },
    },
    () => settings,
  );

  const undo = () => {
    const slide = currentPlace(deck)?.slide;
    const at = history.findLastIndex((change) => change.slide === slide);
    if (slide === undefined || at === -1) return;
    const [change] = history.splice(at, 1);
    if (change?.added) store.apply({ type: 'remove', slide, ids: [change.added.id] });
    for (const stroke of change?.removed ?? []) store.apply({ type: 'add', slide, stroke });
  };
  const clear = () => {
    const slide = currentPlace(deck)?.slide;
    const strokes = slide === undefined ? [] : store.strokes(slide);
    if (slide === undefined || strokes.length === 0) return;
    history.push({ slide, removed: strokes });
    store.apply({ type: 'remove', slide, ids: strokes.map((s) => s.id) });
  };

  const toolbar = createToolbar(strings, settings, { undo, clear, close: () => close(), ...(download ? { download } : {}) });
  const status = toolbar.querySelector<HTMLElement>('.ink-status');

  // Ahead of reveal (which listens on the document): Esc leaves the pen instead of opening the overview,
  // undo has its key, and nothing moves the deck while a stroke is being drawn.
  const onKey = (event: KeyboardEvent) => {
    const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z';
    if (event.key === 'Escape' || undoKey || pen.drawing()) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.key === 'Escape') close();
      else if (undoKey) undo();
    }
  };
  const open = () => {
    if (isOpen()) return;
    document.body.append(pen.element, toolbar);
    document.documentElement.classList.add('is-drawing');
    window.addEventListener('keydown', onKey, true);
  };
  const close = () => {
    pen.element.remove();
    toolbar.remove();
    document.documentElement.classList.remove('is-drawing');
    window.removeEventListener('keydown', onKey, true);
  };
  const isOpen = () => toolbar.isConnected;
  deck.on('overviewshown', close);
  return {
    toggle: () => (isOpen() ? close() : open()),
    close,
    isOpen,
    setStatus: (text) => {
      if (status) status.textContent = text;
    },
  };
}
