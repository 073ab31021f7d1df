// Drains the outbox to central in batches. Delivery is at-least-once (a row leaves the outbox only
// after central's answer is committed here) and the effect at central exactly-once (central
// dedupes by the kiosk-made ULID). A kill -9 at any instant therefore costs at most one resend.
import { errorResponseSchema, MAX_BATCH_ITEMS, transactionBatchResponseSchema } from '../../shared/contract/schemas.ts';
import type { OutboxStore } from '../store/outbox.ts';
import { CentralUnreachableError, describeHttpFailure, type CentralClient } from './central-client.ts';
import { parseRetryAfter } from './backoff.ts';

export type DrainStep =
  /** Nothing to send. */
  | { kind: 'idle' }
  /** A batch was acknowledged (or parked): call again at once. */
  | { kind: 'progress'; acknowledged: number; parked: number }
  /** Try again later; `retryAfterMs` is central's own wish when it stated one. */
  | { kind: 'failed'; error: string; retryAfterMs: number | null; reachedCentral: boolean };

export interface Drainer {
  step(): Promise<DrainStep>;
}

export function createDrainer(opts: { outbox: OutboxStore; client: CentralClient; batchSize?: number; now?: () => Date }): Drainer {
  const maxBatch = Math.min(opts.batchSize ?? 200, MAX_BATCH_ITEMS);
  const now = opts.now ?? (() => new Date());
  // Shrinks while central refuses a batch without saying which item is wrong (bisecting to it).
  let batchLimit = maxBatch;

  return {
    async step() {
      const { items, unreadable } = opts.outbox.nextBatch(batchLimit);
      if (unreadable.length) {
        opts.outbox.park(unreadable, 'personal data cannot be decrypted (store key replaced?)', now());
        return { kind: 'progress', acknowledged: 0, parked: unreadable.length };
      }
      if (items.length === 0) return { kind: 'idle' };
      const ids = items.map((i) => i.id);

      let res;
      try {
        res = await opts.client.request('POST', '/v1/transactions/batch', { items });
      } catch (err) {
        if (!(err instanceof CentralUnreachableError)) throw err;
        opts.outbox.recordFailure(ids, err.message);
        return { kind: 'failed', error: err.message, retryAfterMs: null, reachedCentral: false };
      }

      if (res.status === 200) {
        const parsed = transactionBatchResponseSchema.safeParse(res.json);
        if (!parsed.success) {
          const error = 'central answered 200 with a body that is not a batch result';
          opts.outbox.recordFailure(ids, error);
          return { kind: 'failed', error, retryAfterMs: null, reachedCentral: true };
        }
        const sent = new Set(ids);
        const confirmed = [...parsed.data.accepted, ...parsed.data.duplicates].filter((id) => sent.has(id));
        const acknowledged = opts.outbox.acknowledge(confirmed, now());
        batchLimit = maxBatch;
        const missing = ids.filter((id) => !confirmed.includes(id));
        if (missing.length) {
          const error = `central did not confirm ${missing.length} of ${ids.length} transactions`;
          opts.outbox.recordFailure(missing, error);
          return { kind: 'failed', error, retryAfterMs: null, reachedCentral: true };
        }
        return { kind: 'progress', acknowledged, parked: 0 };
      }

      const error = describeHttpFailure(res);
      const refusal = errorResponseSchema.safeParse(res.json).data;
      if (res.status === 400 && refusal?.error === 'invalid-json') {
        // This kiosk serialised the body itself: JSON that central cannot read was damaged on the
        // way. Retry it like any failure of the link rather than park good transactions.
        opts.outbox.recordFailure(ids, error);
        return { kind: 'failed', error, retryAfterMs: null, reachedCentral: true };
      }
      if (res.status === 400 || res.status === 422) {
        // A validation refusal will not heal by itself: park what central names, or bisect to it.
        const issues = refusal?.issues ?? [];
        const named = new Set(
          issues.map((i) => /^items\.(\d+)(\.|$)/.exec(i.path)?.[1]).filter((x): x is string => x !== undefined).map(Number),
        );
        const badIds = [...named].filter((n) => n < items.length).map((n) => items[n].id);
        if (badIds.length) {
          opts.outbox.park(badIds, error, now());
          return { kind: 'progress', acknowledged: 0, parked: badIds.length };
        }
        if (items.length === 1) {
          opts.outbox.park(ids, error, now());
          return { kind: 'progress', acknowledged: 0, parked: 1 };
        }
        batchLimit = Math.max(1, Math.ceil(items.length / 2));
        return { kind: 'progress', acknowledged: 0, parked: 0 };
      }
      if (res.status === 413) {
        batchLimit = Math.max(1, Math.ceil(items.length / 2));
        return { kind: 'progress', acknowledged: 0, parked: 0 };
      }
      opts.outbox.recordFailure(ids, error);
      return { kind: 'failed', error, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')), reachedCentral: true };
    },
  };
}
