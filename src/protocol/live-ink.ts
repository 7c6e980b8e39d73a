import { INK_LIMITS } from '../model/annotations.ts';
import { inkStroke, slideId } from './ink.ts';
import { deckSlug, liveKind, type LiveKind } from './live-message.ts';
import { list, object, type Checked } from './validate.ts';

/**
 * Ink on the live channel: the presenter's drawings for the students, and for the server to keep.
 * `ink:slide` carries all strokes of one slide after each change (retained per slide, so a late joiner or a
 * reconnecting device gets every slide's drawings); `ink:draft` a stroke while it is being drawn.
 */
export const inkSlide = object({ deck: deckSlug, slide: slideId, strokes: list(inkStroke, INK_LIMITS.strokesPerSlide) });
export type InkSlide = Checked<typeof inkSlide>;

export const inkDraft = object({ deck: deckSlug, slide: slideId, stroke: inkStroke });
export type InkDraft = Checked<typeof inkDraft>;

export const INK_SLIDE = 'ink:slide';
export const INK_DRAFT = 'ink:draft';

export const INK_KINDS: readonly LiveKind[] = [
  liveKind({
    kind: INK_SLIDE,
    check: inkSlide,
    senders: ['presenter'],
    audience: 'everyone',
    maxBytes: 256 * 1024,
    perSecond: 20,
    retain: { key: (data: InkSlide) => `${data.deck}/${data.slide}`, maxKeys: 2000 },
  }),
  // A stroke grows by a few points a frame; sent at most every 50 ms, so a student sees it within 200 ms.
  liveKind({ kind: INK_DRAFT, check: inkDraft, senders: ['presenter'], audience: 'everyone', maxBytes: 64 * 1024, perSecond: 30 }),
];
