import { DECK_KINDS } from './live-deck.ts';
import { INK_KINDS } from './live-ink.ts';
import type { LiveKind } from './live-message.ts';
import { POLL_KINDS } from './live-poll.ts';

/**
 * Every message kind of the live channel. A feature adds its kinds here and nothing else in the channel:
 *
 * 1. Describe them in `src/protocol/live-<feature>.ts` as `LiveKind`s (see live-message.ts): a `feature:name`,
 *    a validator that returns the data or `undefined`, who may send it, who receives it, its largest size,
 *    its rate, and whether late joiners get the latest one (`retain`, per key if it has several).
 *    Ink: `ink:stroke` from the presenter to everyone, retained per slide and step.
 *    Polls: `poll:open` from the presenter to everyone (retained), `poll:vote` from followers to the
 *    presenters (the server adds an anonymous `peer` number per connection, so a device counts once).
 * 2. Spread them into LIVE_KINDS below.
 * 3. In the browser, `live.on('ink:stroke', handler)` and `live.send('ink:stroke', data)` on the channel
 *    the deck hands out (client/live/live-connection.ts); messages arrive validated by the same validator.
 *
 * The server checks role, size, rate and shape before it passes anything on; a client checks shape again.
 */
export const LIVE_KINDS: readonly LiveKind[] = [...DECK_KINDS, ...POLL_KINDS, ...INK_KINDS];

export function liveKindMap(kinds: readonly LiveKind[] = LIVE_KINDS): ReadonlyMap<string, LiveKind> {
  return new Map(kinds.map((kind) => [kind.kind, kind]));
}
