import { integer, object, oneOf, optional, ProtocolError, receive, text, type Check, type Checked } from './validate.ts';

/**
 * The live channel of `lesdia present` (one WebSocket per device): what travels on it and who may send it.
 * Every message is one JSON text frame `{ "kind": "…", "data": … }`; the kinds are listed in live-kinds.ts,
 * each with its own check (protocol/validate.ts), so the channel's core (server/live-channel.ts,
 * client/live/live-connection.ts) knows no kind by name.
 */

export const LIVE_ROLES = ['presenter', 'remote', 'follower'] as const;
/** Who a connection is: the presenter secret, the remote secret, or neither (a student's device). */
export type LiveRole = (typeof LIVE_ROLES)[number];

/** Who receives a message: every device, the presenter and remote(s), or the presenting window(s) only. */
export type LiveAudience = 'everyone' | 'controllers' | 'presenters';

/** A message kind that travels on the channel. */
export interface LiveKind<T = unknown> {
  /** `feature:name`, such as `deck:state`, `ink:stroke`, `poll:vote`. */
  kind: string;
  /** The shape of its data (type, ranges, lengths); run by the server and again by every receiving client. */
  check: Check<T>;
  /** Roles whose messages of this kind the server accepts; anyone else's are dropped. */
  senders: readonly LiveRole[];
  /** Who the server passes an accepted message to (never back to its sender). */
  audience: LiveAudience;
  /** Largest frame of this kind in bytes, JSON included. */
  maxBytes: number;
  /** At most this many messages of this kind per second and connection (a burst of twice as many is allowed). */
  perSecond: number;
  /**
   * Late joiners receive the latest message of this kind: one in all (`key` absent) or the latest per key
   * (say, per slide or per question), at most `maxKeys` keys (default 500), the oldest forgotten first.
   */
  retain?: { key?(data: T): string; maxKeys?: number };
}

/** A kind for the registry, its data type kept for its own `retain.key`. */
export function liveKind<T>(kind: LiveKind<T>): LiveKind {
  return kind as LiveKind;
}

/** Where the channel listens, on the same port as the site. */
export const LIVE_PATH = '/_lesdia/live';
export const HELLO = 'live:hello';
export const WELCOME = 'live:welcome';
/** To the presenter and remote: how many devices follow (a count, nothing about who). */
export const ROOM = 'live:room';

/** Strings up to `max` characters that match `pattern`. */
export function matching(pattern: RegExp, max: number): Check<string> {
  const base = text(max);
  return (value, path) => {
    const result = base(value, path);
    if (!pattern.test(result)) throw new ProtocolError(path, `text of the form ${pattern.source}`);
    return result;
  };
}

/** A deck's folder name in the site (never `.` or `..`: followers go to the deck it names). */
export const deckSlug = matching(/^(?!\.\.?$)[\w.-]*$/, 200);

/** The first message of every connection: for the teacher's devices, a secret (base64url, see server/live-secrets.ts). */
export const liveHello = object({ key: optional(matching(/^[\w-]+$/, 100)) });
export type LiveHello = Checked<typeof liveHello>;

/** The server's answer to `hello`: the role granted, and a random id per server run (a restart changes it). */
export const liveWelcome = object({ role: oneOf(LIVE_ROLES), epoch: text(64) });
export type LiveWelcome = Checked<typeof liveWelcome>;

export const liveRoom = object({ followers: integer(0, 100_000) });

const anything: Check<unknown> = (value) => value;
const kindName = matching(/^[a-z]+:[a-z-]+$/, 64);

/** What a device sends: `{kind, data}`. */
export const liveEnvelope = object({ kind: kindName, data: anything });

/** What the server sends on: the message, the role it came from, and for controllers an anonymous connection number. */
export const liveDelivery = object({
  kind: kindName,
  data: anything,
  /** Counts up per message and server run: a client ignores what it has seen (`epoch` changes on restart). */
  seq: integer(1),
  from: oneOf(LIVE_ROLES),
  /** For controllers only, to count one vote per device; never anything that identifies a person. */
  peer: optional(integer(1)),
});
export type LiveDelivery = Checked<typeof liveDelivery>;

/** A received JSON frame through its check, or `undefined` when it is not valid. */
export function parseFrame<T>(frame: string, check: Check<T>): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return undefined;
  }
  const result = receive(check, value);
  return result.ok ? result.value : undefined;
}
