import { asRecord, asText } from './live-fields.ts';

/**
 * The live channel of `lesdia present` (one WebSocket per device): what travels on it and who may send it.
 * Every message is one JSON text frame `{ "kind": "…", "data": … }`; the kinds are listed in live-kinds.ts,
 * each with its own validator, so the channel's core (server/live-channel.ts, client/live/live-connection.ts)
 * knows no kind by name.
 */

/** Who a connection is: the presenter secret, the remote secret, or neither (a student's device). */
export type LiveRole = 'presenter' | 'remote' | 'follower';

/** Who receives a message: every device, the presenter and remote(s), or the presenting window(s) only. */
export type LiveAudience = 'everyone' | 'controllers' | 'presenters';

/** A message kind that travels on the channel. */
export interface LiveKind<T = unknown> {
  /** `feature:name`, such as `deck:state`, `ink:stroke`, `poll:vote`. */
  kind: string;
  /** Returns the data when it is well formed (type, ranges, lengths), `undefined` otherwise. */
  validate: (data: unknown) => T | undefined;
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
   * (say, per slide or per question), at most `maxKeys` keys, the oldest forgotten first.
   */
  retain?: { key?: (data: T) => string; maxKeys?: number };
}

/** What the server sends on: the message, the role it came from, and an anonymous number of its connection. */
export interface LiveDelivery {
  kind: string;
  data: unknown;
  /** Counts up per message and server run: a client ignores what it has seen (`epoch` changes on restart). */
  seq: number;
  from: LiveRole;
  /** Connection number, for controllers only (to count one vote per device); never anything that identifies a person. */
  peer?: number;
}

/** The first message of every connection: for the teacher's devices, a secret. */
export interface LiveHello {
  key?: string;
}

/** The server's answer to `hello`. */
export interface LiveWelcome {
  role: LiveRole;
  /** A random id per server run: a client that sees it change knows the server restarted. */
  epoch: string;
}

/** Where the channel listens, on the same port as the site. */
export const LIVE_PATH = '/_lesdia/live';
export const HELLO = 'live:hello';
export const WELCOME = 'live:welcome';

export const RE_SLUG = /^[\w.-]{0,200}$/;
/** Secrets are base64url (see server/live-secrets.ts). */
const RE_KEY = /^[\w-]{1,100}$/;

export function validateHello(data: unknown): LiveHello | undefined {
  const record = asRecord(data);
  if (record === undefined) return undefined;
  if (record.key === undefined) return {};
  const key = asText(record.key, 100, RE_KEY);
  return key === undefined ? undefined : { key };
}

/** A received frame as `{kind, data}`, or `undefined` when it is not one. */
export function parseEnvelope(text: string): { kind: string; data: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = asRecord(value);
  const kind = asText(record?.kind, 64, /^[a-z]+:[a-z-]+$/);
  return kind === undefined ? undefined : { kind, data: record?.data };
}
