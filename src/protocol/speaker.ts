import { boolean, integer, literal, object, oneOf, optional, union, type Checked } from './validate.ts';

/**
 * Messages between the presenting window and its speaker view (the same page with `?view=speaker`), over a
 * BroadcastChannel between tabs of one origin, or postMessage with the opener where there is no origin to
 * share (a single-file deck from file://). Each side checks what it receives.
 */
const position = object({
  indexh: integer(0, 10_000),
  indexv: optional(integer(0, 10_000)),
  indexf: optional(integer(-1, 10_000)),
  paused: optional(boolean),
  overview: optional(boolean),
});

export const speakerMessage = union({
  /** The deck's position, on every move and in answer to `ready`. */
  'lesdia:state': object({ type: literal('lesdia:state'), state: position }),
  /** The speaker view has started and wants the position. */
  'lesdia:speaker-ready': object({ type: literal('lesdia:speaker-ready') }),
  /** A key pressed in the speaker view, carried out by the deck. */
  'lesdia:command': object({ type: literal('lesdia:command'), method: oneOf(['next', 'prev']) }),
});
export type SpeakerMessage = Checked<typeof speakerMessage>;
export type SpeakerPosition = Checked<typeof position>;
