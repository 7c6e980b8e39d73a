import { speakerMessage, type SpeakerMessage } from '../../protocol/speaker.ts';
import { receive } from '../../protocol/validate.ts';

export interface SpeakerChannel {
  post(message: SpeakerMessage): void;
  onMessage(handler: (message: SpeakerMessage) => void): void;
}

/**
 * The line between a deck and its speaker view. Between tabs of one origin (the static build, the dev
 * server, `lesdia present`) a BroadcastChannel: the speaker view works however it was opened, from a
 * popup, a link or a second tab, and survives a reload of either side. A single-file deck from file://
 * has no origin to share, so there it is postMessage to and from the one window `peer()` names (the
 * opener, or the window the deck opened); messages from any other window are ignored.
 */
export function openSpeakerChannel(peer: () => Window | null | undefined, adoptPeer?: (source: Window) => void): SpeakerChannel {
  const handlers: ((message: SpeakerMessage) => void)[] = [];
  const deliver = (data: unknown) => {
    const result = receive(speakerMessage, data);
    if (result.ok) for (const handler of handlers) handler(result.value);
  };
  if (typeof BroadcastChannel === 'function' && location.origin !== 'null') {
    const channel = new BroadcastChannel(`lesdia-speaker:${location.pathname}`);
    channel.addEventListener('message', (event: MessageEvent) => deliver(event.data));
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel stays within its origin
    return { post: (message) => channel.postMessage(message), onMessage: (handler) => void handlers.push(handler) };
  }
  window.addEventListener('message', (event: MessageEvent) => {
    const source = event.source as Window | null;
    if (!source || source === window) return;
    // A speaker view opened from the link (not by window.open) introduces itself with `ready`.
    if (source !== peer() && adoptPeer && (event.data as { type?: unknown } | null)?.type === 'lesdia:speaker-ready') adoptPeer(source);
    if (source === peer()) deliver(event.data);
  });
  // file:// pages have an opaque origin: '*' is the only target they can name; the peer check above is the guard.
  return { post: (message) => peer()?.postMessage(message, '*'), onMessage: (handler) => void handlers.push(handler) };
}
