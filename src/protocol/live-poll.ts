import { liveKind, matching, type LiveKind } from './live-message.ts';
import { integer, list, object, oneOf, optional, receive, type Check, type Checked } from './validate.ts';

/**
 * Live polls on `lesdia present`'s channel. The presenter opens a poll on a question slide and sends its
 * state to everyone (retained, so a phone that joins late sees it); each follower's device votes, anonymously,
 * with a random token it keeps for the lesson, so a reconnect changes its vote instead of adding one; the
 * presenting window counts. No name is asked or sent.
 */
export const POLL_STATE = 'poll:state';
export const POLL_VOTE = 'poll:vote';

/** At most 26 options (A–Z), as the deck letters them. */
export const MAX_OPTIONS = 26;
/** Votes the presenter counts per poll; more devices than a lecture hall holds are ignored. */
export const MAX_VOTERS = 2000;

const RE_POLL_ID = /^[\w.-]{1,240}$/;
const RE_DEVICE = /^[\w-]{16,64}$/;

const counts = list(integer(0, MAX_VOTERS), MAX_OPTIONS);
const indices = list(integer(0, MAX_OPTIONS - 1), MAX_OPTIONS);

/** The poll on screen: which question (`deck` slug, slide index, question on the slide), and how it stands. */
export const pollState = object({
  id: matching(RE_POLL_ID, 240),
  /** Opened again after closing starts a new round: votes of an older round are not counted. */
  round: integer(1, 1_000_000),
  options: integer(1, MAX_OPTIONS),
  multiple: oneOf(['yes', 'no']),
  status: oneOf(['open', 'closed', 'revealed']),
  /** Votes per option and voters, once closed (followers see the result with the answer). */
  counts: optional(counts),
  voters: optional(integer(0, MAX_VOTERS)),
  /** The right options, once revealed. */
  correct: optional(indices),
});
export type PollState = Checked<typeof pollState>;

/** One device's vote: the chosen options of a poll round, under the device's anonymous token. */
export const pollVote = object({
  id: matching(RE_POLL_ID, 240),
  round: integer(1, 1_000_000),
  choice: indices,
  device: matching(RE_DEVICE, 64),
});
export type PollVote = Checked<typeof pollVote>;

function validator<T>(check: Check<T>): (data: unknown) => T | undefined {
  return (data) => {
    const result = receive(check, data);
    return result.ok ? result.value : undefined;
  };
}

export const validatePollState = validator(pollState);
export const validatePollVote = validator(pollVote);

/** The id of question `index` (from 0) on slide `slide` of deck `deck`: the same on every device. */
export function pollId(deck: string, slide: number, index: number): string {
  return `${deck.replace(/[^\w.-]/g, '_').slice(0, 200)}.${slide}.${index}`;
}

/**
 * The poll's kinds on the channel: its state from the presenter to everyone (the latest kept for late
 * joiners), and votes from students' devices to the presenting window only (no other device sees a vote).
 */
export const POLL_KINDS: readonly LiveKind[] = [
  liveKind({ kind: POLL_STATE, check: pollState, senders: ['presenter'], audience: 'everyone', maxBytes: 1024, perSecond: 10, retain: {} }),
  liveKind({ kind: POLL_VOTE, check: pollVote, senders: ['follower'], audience: 'presenters', maxBytes: 512, perSecond: 5 }),
];
