/** A token bucket: `perSecond` on average, bursts of twice as many; `take()` is false when over. */
export function createRateLimit(perSecond: number, now: () => number = Date.now): { take: () => boolean } {
  const capacity = perSecond * 2;
  let tokens = capacity;
  let last = now();
  return {
    take() {
      const time = now();
      tokens = Math.min(capacity, tokens + ((time - last) / 1000) * perSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
