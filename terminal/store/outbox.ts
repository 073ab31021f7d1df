// The sending side of the transactional outbox. Rows are read in transaction-id order (ULIDs made
// on this kiosk sort by time, so each session's transactions leave in the order they happened).
// Acknowledgement, the purge of the personal column and the removal of the outbox row commit in
// ONE SQLite transaction: a kill -9 either leaves the row to be sent again (central dedupes by
// id) or leaves it acknowledged and purged — never acknowledged with personal data still on disk.
import type { Db } from './open-store.ts';
import type { TransactionRow } from './transactions.ts';
import type { FieldCipher } from './field-cipher.ts';

/** One transaction as central receives it (shared/contract/schemas.ts transactionItemSchema). */
export interface OutboxItem {
  id: string;
  sessionId: string;
  seq: number;
  kind: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

type PendingRow = Omit<TransactionRow, 'acknowledged_at'> & { personal: Buffer | null };

export interface OutboxStats {
  /** Rows not yet acknowledged, parked ones (and those they hold back) included. */
  pending: number;
  parked: number;
  oldestEnqueuedAt: string | null;
}

export function createOutboxStore(db: Db, cipher: FieldCipher) {
  const selectBatch = db.prepare(
    // Session order at central: nothing overtakes an earlier transaction of its session that
    // central refused; held rows wait with it and leave with it once it is unparked. The parked
    // sessions are gathered once per call (few, through the partial index), not once per row.
    `WITH held AS MATERIALIZED (
       SELECT pt.session_id, MIN(p.transaction_id) AS first_parked
         FROM outbox p JOIN transactions pt ON pt.id = p.transaction_id
        WHERE p.parked_at IS NOT NULL
        GROUP BY pt.session_id)
     SELECT t.id, t.session_id, t.seq, t.kind, t.service_id, t.occurred_at, t.data, t.personal
       FROM outbox o JOIN transactions t ON t.id = o.transaction_id
      WHERE o.parked_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM held h WHERE h.session_id = t.session_id AND h.first_parked < o.transaction_id)
      ORDER BY o.transaction_id
      LIMIT ?`,
  );
  const markAcknowledged = db.prepare('UPDATE transactions SET personal = NULL, acknowledged_at = ? WHERE id = ?');
  const deleteOutbox = db.prepare('DELETE FROM outbox WHERE transaction_id = ?');
  const markFailure = db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE transaction_id = ?');
  const markParked = db.prepare('UPDATE outbox SET parked_at = ?, last_error = ? WHERE transaction_id = ?');
  const selectStats = db.prepare(
    `SELECT COUNT(*) AS pending, COUNT(parked_at) AS parked, MIN(enqueued_at) AS oldest FROM outbox`,
  );

  const acknowledge = db.transaction((ids: readonly string[], at: string) => {
    let count = 0;
    for (const id of ids) {
      // Only rows still in the outbox: an id central lists twice, or one already acknowledged
      // before a restart, changes nothing.
      if (deleteOutbox.run(id).changes === 0) continue;
      markAcknowledged.run(at, id);
      count++;
    }
    return count;
  });
  const fail = db.transaction((ids: readonly string[], error: string) => {
    for (const id of ids) markFailure.run(error, id);
  });
  const park = db.transaction((ids: readonly string[], reason: string, at: string) => {
    for (const id of ids) markParked.run(at, reason, id);
  });

  return {
    /**
     * Up to `limit` unparked items, oldest first, with their personal part decrypted for sending.
     * An item whose sealed part cannot be opened (store key replaced) is returned in `unreadable`
     * so the caller parks it instead of sending half a record.
     */
    nextBatch(limit: number): { items: OutboxItem[]; unreadable: string[] } {
      const items: OutboxItem[] = [];
      const unreadable: string[] = [];
      for (const row of selectBatch.all(limit) as PendingRow[]) {
        let personal: unknown;
        try {
          personal = row.personal ? JSON.parse(cipher.open(row.personal)) : undefined;
        } catch {
          unreadable.push(row.id);
          continue;
        }
        const payload: Record<string, unknown> = { serviceId: row.service_id, data: JSON.parse(row.data) };
        if (personal !== undefined) payload.personal = personal;
        items.push({ id: row.id, sessionId: row.session_id, seq: row.seq, kind: row.kind, occurredAt: row.occurred_at, payload });
      }
      return { items, unreadable };
    },
    /** Central has these: purge their personal part and drop them from the outbox, atomically. */
    acknowledge(ids: readonly string[], at: Date): number {
      return acknowledge(ids, at.toISOString());
    },
    recordFailure(ids: readonly string[], error: string): void {
      fail(ids, error.slice(0, 500));
    },
    /** Central refused these as invalid: keep them (nothing is lost) but stop sending them. */
    park(ids: readonly string[], reason: string, at: Date): void {
      park(ids, reason.slice(0, 500), at.toISOString());
    },
    /** Puts parked rows back in line, e.g. after a software update fixed what central refused. */
    unparkAll(): number {
      return db.prepare('UPDATE outbox SET parked_at = NULL WHERE parked_at IS NOT NULL').run().changes;
    },
    stats(): OutboxStats {
      const row = selectStats.get() as { pending: number; parked: number; oldest: string | null };
      return { pending: row.pending, parked: row.parked, oldestEnqueuedAt: row.oldest };
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
