// A fixed-window request limit per client address for the public verification page: anyone may
// check a code, nobody may walk the code space. In memory: one hub process serves the page.
export interface RateLimiter {
  /** Counts one request from `key`; says how long to wait when it is over the limit. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createRateLimiter(opts: { limit: number; windowMs: number; now: () => number }): RateLimiter {
  let windowStart = opts.now();
  let counts = new Map<string, number>();
  return {
    take(key) {
      const now = opts.now();
      if (now - windowStart >= opts.windowMs) {
        // A new window forgets every address: the map never outgrows one window's callers.
        windowStart = now - ((now - windowStart) % opts.windowMs);
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count <= opts.limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + opts.windowMs - now) / 1000)) };
    },
  };
}
