// Against walking the 查询码 space: wrong codes are counted per key (a case, a caller), and once one
// is over its limit the code is not even checked (otherwise a right guess would still answer).
// Counted in the database, in fixed windows aligned to the clock, so that every hub process behind
// a balancer counts the same guesses (issue 27): a limit kept per process would be N times looser.
// Keys are stored as SHA-256 (a caller key holds an address).
import { createHash } from 'node:crypto';
import type { Queryable } from '../../storage/database.ts';

export interface GuessLimiter {
  /** Seconds to wait when any of `keys` is blocked, else null. */
  blockedFor(keys: string[]): Promise<number | null>;
  /** Counts one wrong code against each of `keys`. */
  fail(keys: string[]): Promise<void>;
}

export interface GuessLimiterOptions {
  /** Which count this is ('case', 'caller'): one table holds them all. */
  scope: string;
  maxFailures: number;
  windowMs: number;
  now: () => number;
}

const hashed = (key: string) => createHash('sha256').update(key).digest('hex');

export function createGuessLimiter(db: Queryable, opts: GuessLimiterOptions): GuessLimiter {
  const windowOf = (at: number) => at - (at % opts.windowMs);
  return {
    async blockedFor(keys) {
      const now = opts.now();
      const window = windowOf(now);
      const rows = await db.query<{ blocked: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM guess_failures WHERE scope = $1 AND key = ANY($2::text[]) AND window_start = $3 AND failures >= $4) AS blocked`,
        [opts.scope, keys.map(hashed), window, opts.maxFailures],
      );
      if (!rows[0]?.blocked) return null;
      return Math.max(1, Math.ceil((window + opts.windowMs - now) / 1000));
    },
    async fail(keys) {
      const window = windowOf(opts.now());
      for (const key of keys) {
        // One statement per key: the count of another window is replaced, never added to.
        await db.query(
          `INSERT INTO guess_failures (scope, key, window_start, failures) VALUES ($1, $2, $3, 1)
           ON CONFLICT (scope, key) DO UPDATE SET
             failures = CASE WHEN guess_failures.window_start = EXCLUDED.window_start THEN guess_failures.failures + 1 ELSE 1 END,
             window_start = EXCLUDED.window_start`,
          [opts.scope, hashed(key), window],
        );
      }
      // Past windows count for nothing: forget them so guesses from many callers do not grow the table.
      await db.query('DELETE FROM guess_failures WHERE window_start < $1', [window]);
    },
  };
}

/** Hub migration 26 (issue 27). */
export const guessFailuresMigration = {
  version: 26,
  name: 'wrong 查询码 counted in the database, shared by every hub process',
  statements: [
    `CREATE TABLE guess_failures (
       scope text NOT NULL,
       key text NOT NULL,
       window_start bigint NOT NULL,
       failures integer NOT NULL,
       PRIMARY KEY (scope, key)
     )`,
    `CREATE INDEX guess_failures_window ON guess_failures (window_start)`,
  ],
};
