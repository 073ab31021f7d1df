// Persisted print jobs: pending → printing → done | failed. A job is stored in the same commit as
// its transaction, so a receipt is never printed for something that was not recorded.
import { monotonicFactory } from 'ulid';
import type { Db } from './open-store.ts';

const ulid = monotonicFactory();

export type PrintJobState = 'pending' | 'printing' | 'done' | 'failed';

export interface PrintJob {
  id: string;
  transactionId: string;
  state: PrintJobState;
  bytes: Buffer;
  attempts: number;
  createdAt: string;
  lastError: string | null;
}

interface Row {
  id: string;
  transaction_id: string;
  state: PrintJobState;
  bytes: Buffer;
  attempts: number;
  created_at: string;
  last_error: string | null;
}

const toJob = (r: Row): PrintJob => ({
  id: r.id,
  transactionId: r.transaction_id,
  state: r.state,
  bytes: r.bytes,
  attempts: r.attempts,
  createdAt: r.created_at,
  lastError: r.last_error,
});

export function createPrintJobStore(db: Db, now: () => Date) {
  const setState = db.prepare('UPDATE print_jobs SET state = ?, attempts = attempts + ?, last_error = ?, updated_at = ? WHERE id = ?');
  return {
    create(transactionId: string, bytes: Uint8Array): string {
      const id = ulid();
      const at = now().toISOString();
      db.prepare(
        `INSERT INTO print_jobs (id, transaction_id, state, bytes, attempts, created_at, updated_at) VALUES (?, ?, 'pending', ?, 0, ?, ?)`,
      ).run(id, transactionId, Buffer.from(bytes), at, at);
      return id;
    },
    get(id: string): PrintJob | null {
      const row = db.prepare('SELECT * FROM print_jobs WHERE id = ?').get(id) as Row | undefined;
      return row ? toJob(row) : null;
    },
    pending(): PrintJob[] {
      return (db.prepare(`SELECT * FROM print_jobs WHERE state = 'pending' ORDER BY id`).all() as Row[]).map(toJob);
    },
    /** Marks a job as being sent; once bytes go out, the attempt counts. */
    markPrinting(id: string) {
      setState.run('printing', 1, null, now().toISOString(), id);
    },
    /** The printer refused before any byte of this attempt reached paper: the attempt does not count. */
    uncountAttempt(id: string) {
      db.prepare('UPDATE print_jobs SET attempts = MAX(attempts - 1, 0) WHERE id = ?').run(id);
    },
    markDone(id: string) {
      setState.run('done', 0, null, now().toISOString(), id);
    },
    /** Back to pending: the printer refused or ran out of paper; it will be tried again. */
    markWaiting(id: string, reason: string) {
      setState.run('pending', 0, reason, now().toISOString(), id);
    },
    markFailed(id: string, reason: string) {
      setState.run('failed', 0, reason, now().toISOString(), id);
    },
    /**
     * A job left 'printing' by a crash or power cut may already be on paper: printing it again
     * could hand out a second ticket, so it is failed rather than resumed.
     */
    failInterrupted(): number {
      return db
        .prepare(`UPDATE print_jobs SET state = 'failed', last_error = 'interrupted by a restart', updated_at = ? WHERE state = 'printing'`)
        .run(now().toISOString()).changes;
    },
  };
}

export type PrintJobStore = ReturnType<typeof createPrintJobStore>;
