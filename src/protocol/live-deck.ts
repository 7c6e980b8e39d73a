import { asBool, asInt, asOneOf, asRecord, asText } from './live-fields.ts';
import { RE_SLUG, type LiveKind } from './live-message.ts';

/** Where the presenter is: deck, slide, build step, overview and pause (the black screen). */
export interface DeckState {
  deck: string;
  h: number;
  v: number;
  /** The build step shown: -1 before the first, as reveal counts. */
  f: number;
  overview: boolean;
  paused: boolean;
}

/** What the remote asks the presenting window to do. */
export interface DeckCommand {
  action: 'next' | 'prev' | 'goto' | 'pause' | 'resume';
  /** For `goto`: the slide. */
  h?: number;
}

export const DECK_STATE = 'deck:state';
export const DECK_COMMAND = 'deck:command';
const ACTIONS = ['next', 'prev', 'goto', 'pause', 'resume'] as const;
const MAX_INDEX = 10_000;

export function validateDeckState(data: unknown): DeckState | undefined {
  const record = asRecord(data);
  const state = {
    deck: asText(record?.deck, 200, RE_SLUG),
    h: asInt(record?.h, 0, MAX_INDEX),
    v: asInt(record?.v, 0, MAX_INDEX),
    f: asInt(record?.f, -1, MAX_INDEX),
    overview: asBool(record?.overview),
    paused: asBool(record?.paused),
  };
  return Object.values(state).includes(undefined) ? undefined : (state as DeckState);
}

export function validateDeckCommand(data: unknown): DeckCommand | undefined {
  const record = asRecord(data);
  const action = asOneOf(record?.action, ACTIONS);
  if (action === undefined) return undefined;
  if (action !== 'goto') return { action };
  const h = asInt(record?.h, 0, MAX_INDEX);
  return h === undefined ? undefined : { action, h };
}

/** The deck's own kinds: the presenter's position for everyone, and the remote's commands for the presenter. */
export const DECK_KINDS: readonly LiveKind[] = [
  { kind: DECK_STATE, validate: validateDeckState, senders: ['presenter'], audience: 'everyone', maxBytes: 512, perSecond: 30, retain: {} },
  { kind: DECK_COMMAND, validate: validateDeckCommand, senders: ['presenter', 'remote'], audience: 'presenters', maxBytes: 256, perSecond: 10 },
];
