// Retry timing: exponential backoff with full jitter (a fleet of kiosks that lost the link together
// must not come back together), and central's Retry-After honoured as a lower bound.

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000 };

/** Delay before retry number `attempt` (1 = first retry): uniform in [0, min(cap, base·2^(attempt-1))]. */
export function backoffDelay(attempt: number, policy: BackoffPolicy = defaultBackoff, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(random() * ceiling);
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP-date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** The wait before the next attempt: central's Retry-After when it gave one (capped at a day), else backoff. */
export function retryDelay(attempt: number, retryAfterMs: number | null, policy: BackoffPolicy = defaultBackoff, random?: () => number): number {
  if (retryAfterMs !== null) return Math.min(retryAfterMs, 86_400_000);
  return backoffDelay(attempt, policy, random);
}
