import type { AnnotationsFile, InkChange } from '../../model/annotations.ts';
import { parseAnnotations } from '../../shared/ink/validate-annotations.ts';
import { inkChange } from '../../protocol/ink.ts';
import { receive } from '../../protocol/validate.ts';
import type { InkStore } from './ink-store.ts';

type FrameMessage = { type: 'hello' } | { type: 'state'; annotations: AnnotationsFile } | { type: 'op'; op: InkChange };

/**
 * The speaker view's preview frames (same page, `?receiver`) show what the presenting window draws: it
 * sends each change on a channel of this page's own, and its whole state to a frame that has just opened.
 */
export function shareWithFrames(store: InkStore, receiver: boolean): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(`lesdia-ink:${location.pathname}`);
  // A BroadcastChannel reaches only this origin's pages: it takes no target origin (the lint rule is for windows).
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  const post = (message: FrameMessage) => channel.postMessage(message);
  channel.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
    const message = event.data;
    if (!receiver && message?.type === 'hello') post({ type: 'state', annotations: store.annotations });
    if (!receiver) return;
    if (message?.type === 'state') {
      const { annotations, readable } = parseAnnotations(JSON.stringify(message.annotations));
      if (readable) store.replace(annotations);
    } else if (message?.type === 'op') {
      const change = receive(inkChange, message.op);
      if (change.ok) store.apply(change.value, 'remote');
    }
  });
  if (receiver) post({ type: 'hello' });
  else store.listen((op, source) => {
    if (op && source === 'local') post({ type: 'op', op });
  });
}
