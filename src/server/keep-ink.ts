import type { AnnotationsStore } from '../project/annotations-store.ts';
import { INK_SLIDE, type InkSlide } from '../protocol/live-ink.ts';
import type { LiveRole } from '../protocol/live-message.ts';

/**
 * `lesdia present` keeps the presenter's drawings: each `ink:slide` the channel accepted (checked, from the
 * presenter secret) is written to `annotations/<deck>.json`, so a restart, a reload or the evening's build
 * has them. Anyone else's ink never reaches here: the channel drops it.
 */
export function keepInkOnServer(store: AnnotationsStore, isDeck: (slug: string) => boolean): (kind: string, data: unknown, from: LiveRole) => void {
  return (kind, data, from) => {
    if (kind !== INK_SLIDE || from !== 'presenter') return;
    const { deck, slide, strokes } = data as InkSlide;
    if (isDeck(deck)) store.setSlide(deck, slide, strokes);
  };
}
