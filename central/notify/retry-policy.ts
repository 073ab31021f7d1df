// When a failed delivery is tried again: exponential back-off (10 s, 20 s, 40 s … capped at 6 h)
// with ±20 % jitter so a receiver back from an outage is not hit by every hub at once; a receiver's
// Retry-After is honoured; after three days of failures the delivery goes to the dead-letter list.
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  giveUpAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseMs: 10_000, capMs: 6 * 3_600_000, giveUpAfterMs: 3 * 86_400_000 };

/** The delay before attempt `attempts + 1`, given `attempts` made so far (≥ 1). */
export function backoffMs(policy: RetryPolicy, attempts: number, retryAfterMs: number | undefined, random = Math.random): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempts - 1, 30));
  const jittered = exponential * (0.8 + 0.4 * random());
  return Math.round(Math.max(jittered, Math.min(retryAfterMs ?? 0, policy.capMs)));
}
