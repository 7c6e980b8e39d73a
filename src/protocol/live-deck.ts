import { boolean, integer, object, oneOf, optional, type Checked } from './validate.ts';
import { deckSlug, liveKind, type LiveKind } from './live-message.ts';

const MAX_INDEX = 10_000;

/** Where the presenter is: deck, slide, build step (-1 before the first, as reveal counts), overview, pause (the black screen). */
export const deckState = object({
  deck: deckSlug,
  h: integer(0, MAX_INDEX),
  v: integer(0, MAX_INDEX),
  f: integer(-1, MAX_INDEX),
  overview: boolean,
  paused: boolean,
});
export type DeckState = Checked<typeof deckState>;

/** What the remote asks the presenting window to do; `h` is the slide for `goto`. */
export const deckCommand = object({ action: oneOf(['next', 'prev', 'goto', 'pause', 'resume']), h: optional(integer(0, MAX_INDEX)) });
export type DeckCommand = Checked<typeof deckCommand>;

export const DECK_STATE = 'deck:state';
export const DECK_COMMAND = 'deck:command';

/** The deck's own kinds: the presenter's position for everyone, and the remote's commands for the presenter. */
export const DECK_KINDS: readonly LiveKind[] = [
  liveKind({ kind: DECK_STATE, check: deckState, senders: ['presenter'], audience: 'everyone', maxBytes: 512, perSecond: 30, retain: {} }),
  liveKind({ kind: DECK_COMMAND, check: deckCommand, senders: ['presenter', 'remote'], audience: 'presenters', maxBytes: 256, perSecond: 10 }),
];
