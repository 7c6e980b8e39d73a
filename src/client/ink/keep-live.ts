import type { InkStroke } from '../../model/annotations.ts';
import { INK_DRAFT, INK_SLIDE, type InkDraft, type InkSlide } from '../../protocol/live-ink.ts';
import type { LiveRole } from '../../protocol/live-message.ts';
import type { LiveConnection } from '../live/live-connection.ts';
import type { InkStore } from './ink-store.ts';

/** A stroke being drawn goes out at most this often: students see it grow within 200 ms. */
const DRAFT_MS = 50;

/**
 * Under `lesdia present`: the presenter's changes go out on the live channel (a slide whole after each
 * change, which the server saves and keeps for late joiners; a stroke still being drawn as it grows), and
 * every device shows what arrives. Changes made while the connection was down are sent again on return.
 */
export function keepLive(store: InkStore, slug: string, live: LiveConnection, onRole: (role: LiveRole) => void): void {
  // The deck may have joined before ink loaded: what the connection already knows counts.
  let presenter = live.role === 'presenter';
  let online = live.role !== undefined;
  // Slides changed while offline: the server's copy of them, sent on reconnection, is older than ours.
  const pending = new Set<string>();
  const stale = new Set<string>();
  let lastDraft = 0;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  let nextDraft: InkDraft | undefined;

  const sendSlide = (slide: string) => live.send(INK_SLIDE, { deck: slug, slide, strokes: store.kept(slide) } satisfies InkSlide);
  const sendDraft = () => {
    draftTimer = undefined;
    if (!nextDraft) return;
    live.send(INK_DRAFT, nextDraft);
    nextDraft = undefined;
    lastDraft = performance.now();
  };

  live.onStatus((status) => (online = status === 'live'));
  live.onWelcome((role) => {
    presenter = role === 'presenter';
    onRole(role);
    if (!presenter) return;
    for (const slide of pending) {
      stale.add(slide);
      sendSlide(slide);
    }
    pending.clear();
  });
  live.on(INK_SLIDE, (data) => {
    const { deck, slide, strokes } = data as InkSlide;
    if (deck !== slug || stale.delete(slide)) return;
    store.setSlide(slide, strokes);
  });
  live.on(INK_DRAFT, (data) => {
    const { deck, slide, stroke } = data as InkDraft;
    if (deck === slug) store.apply({ type: 'draft', slide, stroke: stroke as InkStroke }, 'remote');
  });
  if (live.role) onRole(live.role);
  store.listen((change, source) => {
    if (!change || source !== 'local' || !presenter) return;
    if (change.type === 'draft') {
      nextDraft = { deck: slug, slide: change.slide, stroke: change.stroke };
      draftTimer ??= setTimeout(sendDraft, Math.max(0, DRAFT_MS - (performance.now() - lastDraft)));
      return;
    }
    clearTimeout(draftTimer);
    draftTimer = undefined;
    nextDraft = undefined;
    if (online) sendSlide(change.slide);
    else pending.add(change.slide);
  });
}
