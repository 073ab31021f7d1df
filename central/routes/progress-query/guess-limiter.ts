// Against walking the 查询码 space: wrong codes are counted per key (a case, a caller), and once one
// is over its limit the code is not even checked (otherwise a right guess would still answer). A
// fixed window in memory, like the certificate page's limiter: one hub process serves lookups.
export interface GuessLimiter {
  /** Seconds to wait when any of `keys` is blocked, else null. */
  blockedFor(keys: string[]): number | null;
  /** Counts one wrong code against each of `keys`. */
  fail(keys: string[]): void;
}

export function createGuessLimiter(opts: { maxFailures: number; windowMs: number; now: () => number }): GuessLimiter {
  let windowStart = opts.now();
  let failures = new Map<string, number>();
  const roll = () => {
    const now = opts.now();
    if (now - windowStart >= opts.windowMs) {
      windowStart = now - ((now - windowStart) % opts.windowMs);
      failures = new Map();
    }
    return now;
  };
  return {
    blockedFor(keys) {
      const now = roll();
      if (!keys.some((key) => (failures.get(key) ?? 0) >= opts.maxFailures)) return null;
      return Math.max(1, Math.ceil((windowStart + opts.windowMs - now) / 1000));
    },
    fail(keys) {
      roll();
      for (const key of keys) failures.set(key, (failures.get(key) ?? 0) + 1);
    },
  };
}
