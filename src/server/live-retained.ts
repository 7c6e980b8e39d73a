import type { LiveDelivery, LiveKind } from '../protocol/live-message.ts';

/** Keys kept per kind when a kind retains by key and does not say how many. */
const DEFAULT_MAX_KEYS = 500;

/**
 * What late joiners receive: per kind that retains, its latest message, or its latest per key (at most
 * `maxKeys`, the oldest forgotten first), so memory stays bounded however long the lesson runs.
 */
export function createRetainedStore(): {
  keep(kind: LiveKind, data: unknown, delivery: LiveDelivery): void;
  entries(): Iterable<[string, Iterable<LiveDelivery>]>;
} {
  const retained = new Map<string, Map<string, LiveDelivery>>();
  return {
    keep(kind, data, delivery) {
      if (!kind.retain) return;
      const key = kind.retain.key?.(data) ?? '';
      const byKey = retained.get(kind.kind) ?? new Map<string, LiveDelivery>();
      retained.set(kind.kind, byKey);
      byKey.delete(key);
      byKey.set(key, delivery);
      const maxKeys = kind.retain.key ? (kind.retain.maxKeys ?? DEFAULT_MAX_KEYS) : 1;
      for (const oldest of byKey.keys()) {
        if (byKey.size <= maxKeys) break;
        byKey.delete(oldest);
      }
    },
    *entries() {
      for (const [name, byKey] of retained) yield [name, byKey.values()];
    },
  };
}
