/**
 * Small hand-written validators for messages that cross between Node and the browser. Each receiver runs
 * the message through one before using it: a message is data from another process (and on the live channel,
 * from anyone on the network), so its type, size and shape are checked, never assumed.
 *
 * A `Check<T>` returns the value typed as `T` or throws a `ProtocolError` naming the path that failed.
 * Unknown object keys are dropped, so a receiver only ever holds the fields it declared.
 */
export type Check<T> = (value: unknown, path: string) => T;

/** The type a check produces: `type Hello = Checked<typeof hello>`. */
export type Checked<C> = C extends Check<infer T> ? T : never;

export class ProtocolError extends Error {
  constructor(path: string, expected: string) {
    super(`${path || 'message'}: expected ${expected}`);
    this.name = 'ProtocolError';
  }
}

/** Strings up to `max` characters (default 10,000). */
export function text(max = 10_000): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string' || value.length > max) throw new ProtocolError(path, `a string of at most ${max} characters`);
    return value;
  };
}

/** Whole numbers within [min, max]. */
export function integer(min = 0, max = Number.MAX_SAFE_INTEGER): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new ProtocolError(path, `a whole number from ${min} to ${max}`);
    return value;
  };
}

/** Finite numbers within [min, max]. */
export function finite(min = -Number.MAX_VALUE, max = Number.MAX_VALUE): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) throw new ProtocolError(path, `a number from ${min} to ${max}`);
    return value;
  };
}

export const boolean: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ProtocolError(path, 'true or false');
  return value;
};

/** One of a fixed list of strings. */
export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (value, path) => {
    if (!values.includes(value as T)) throw new ProtocolError(path, `one of ${values.join(', ')}`);
    return value as T;
  };
}

/** Exactly this string: the `type` of a message. */
export function literal<const T extends string>(expected: T): Check<T> {
  return oneOf([expected]);
}

/** Arrays of at most `max` items (default 100,000), each checked. */
export function list<T>(item: Check<T>, max = 100_000): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length > max) throw new ProtocolError(path, `a list of at most ${max} items`);
    return value.map((entry, index) => item(entry, `${path}[${index}]`));
  };
}

/** A field that may be absent (or undefined). */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined ? undefined : check(value, path));
}

type Shape = Record<string, Check<unknown>>;
type Optional<S extends Shape> = { [K in keyof S]: undefined extends Checked<S[K]> ? K : never }[keyof S];
type FromShape<S extends Shape> = { [K in Exclude<keyof S, Optional<S>>]: Checked<S[K]> } & { [K in Optional<S>]?: Checked<S[K]> };

/** Plain objects with the given fields; other keys are dropped. */
export function object<S extends Shape>(shape: S): Check<{ [K in keyof FromShape<S>]: FromShape<S>[K] }> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ProtocolError(path, 'an object');
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const field = check(source[key], path ? `${path}.${key}` : key);
      if (field !== undefined) result[key] = field;
    }
    return result as { [K in keyof FromShape<S>]: FromShape<S>[K] };
  };
}

/** Messages told apart by their `type` field: `union({ hello: object({ type: literal('hello'), … }) })`. */
export function union<M extends Record<string, Check<{ type: string }>>>(byType: M): Check<Checked<M[keyof M]>> {
  return (value, path) => {
    const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
    const check = typeof type === 'string' && Object.hasOwn(byType, type) ? byType[type] : undefined;
    if (!check) throw new ProtocolError(path ? `${path}.type` : 'type', `one of ${Object.keys(byType).join(', ')}`);
    return check(value, path) as Checked<M[keyof M]>;
  };
}

/** Runs a check at the receiving end: the typed message, or the reason it was refused. */
export function receive<T>(check: Check<T>, value: unknown): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: check(value, '') };
  } catch (error) {
    if (error instanceof ProtocolError) return { ok: false, error: error.message };
    throw error;
  }
}
