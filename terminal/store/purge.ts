// Retention: the non-personal remainder of an acknowledged transaction is kept store.retentionDays
// for diagnostics, then deleted with its print jobs. Personal data is already gone at that point
// (outbox.ts purges it at acknowledgement); unacknowledged transactions are never swept.
import type { Db } from './open-store.ts';

export function sweepAcknowledged(db: Db, retentionDays: number, now: Date = new Date()): number {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  return db.transaction(() => {
    const old = `SELECT id FROM transactions
                  WHERE acknowledged_at IS NOT NULL AND acknowledged_at < ?
                    AND id NOT IN (SELECT transaction_id FROM outbox)`;
    db.prepare(`DELETE FROM print_jobs WHERE transaction_id IN (${old}) AND state IN ('done', 'failed')`).run(cutoff);
    // A print job still waiting for paper keeps its transaction until it is done.
    return db
      .prepare(`DELETE FROM transactions WHERE id IN (${old}) AND id NOT IN (SELECT transaction_id FROM print_jobs)`)
      .run(cutoff).changes;
  })();
}
