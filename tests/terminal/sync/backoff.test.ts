import { test } from 'vitest';
import assert from 'node:assert/strict';
import { backoffDelay, parseRetryAfter, retryDelay } from '../../../terminal/sync/backoff.ts';

const policy = { baseMs: 1_000, capMs: 60_000 };

test('backoff doubles its ceiling per attempt up to the cap, with full jitter below it', () => {
  assert.deepEqual([1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 1)), [1_000, 2_000, 4_000, 8_000]);
  assert.equal(backoffDelay(20, policy, () => 1), 60_000);
  assert.equal(backoffDelay(5, policy, () => 0), 0);
  const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(6, policy)));
  assert.ok(spread.size > 40, 'kiosks that failed together retry at different moments');
  for (const d of spread) assert.ok(d >= 0 && d <= 32_000);
});

test('Retry-After in seconds or as an HTTP date wins over backoff', () => {
  const now = Date.parse('2025-03-01T08:00:00Z');
  assert.equal(parseRetryAfter('7', now), 7_000);
  assert.equal(parseRetryAfter('Sat, 01 Mar 2025 08:00:30 GMT', now), 30_000);
  assert.equal(parseRetryAfter('Sat, 01 Mar 2025 07:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(null, now), null);
  assert.equal(retryDelay(1, 7_000, policy, () => 1), 7_000);
  assert.equal(retryDelay(3, null, policy, () => 1), 4_000);
});
