// Transactions and their outbox entries. A transaction and the outbox row announcing it are
// written in one SQLite transaction (the transactional outbox), so a crash can never leave a
// recorded transaction that central will not hear about, nor an announcement of nothing.
import { said } from '../says/say.ts';
import { monotonicFactory } from 'ulid';
import { KioskError } from '../kiosk-error.ts';
import type { Db } from './open-store.ts';
import type { FieldCipher } from './field-cipher.ts';

const ulid = monotonicFactory();

export interface NewTransaction {
  sessionId: string;
  seq: number;
  kind: 'queue-ticket' | 'rating' | 'certificate-print' | 'info-print' | 'topic-vote' | 'application' | 'demand' | 'queue-service';
  serviceId: string;
  occurredAt: Date;
  /** Non-personal facts: ticket number, queue, rating level… */
  data: Record<string, unknown>;
  /** Personal facts (ID number, name, typed text); sealed before they touch the disk. */
  personal?: Record<string, unknown>;
}

export interface StoredTransaction {
  id: string;
  sessionId: string;
  seq: number;
  kind: string;
  serviceId: string;
  occurredAt: string;
  data: Record<string, unknown>;
  acknowledgedAt: string | null;
}

/** A row of the transactions table as SQLite returns it (without the sealed column). */
export interface TransactionRow {
  id: string;
  session_id: string;
  seq: number;
  kind: string;
  service_id: string;
  occurred_at: string;
  data: string;
  acknowledged_at: string | null;
}

const toStored = (row: TransactionRow): StoredTransaction => ({
  id: row.id,
  sessionId: row.session_id,
  seq: row.seq,
  kind: row.kind,
  serviceId: row.service_id,
  occurredAt: row.occurred_at,
  data: JSON.parse(row.data),
  acknowledgedAt: row.acknowledged_at,
});

/** SQLite's "disk full" and "I/O error" codes become one message a resident can act on. */
export function rethrowStorageError(err: unknown): never {
  const code = (err as { code?: string })?.code ?? '';
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) {
    throw new KioskError('storage-full', said('core.storageFull'));
  }
  throw err;
}

export function createTransactionStore(db: Db, cipher: FieldCipher) {
  const insertTx = db.prepare(
    `INSERT INTO transactions (id, session_id, seq, kind, service_id, occurred_at, data, personal)
     VALUES (@id, @sessionId, @seq, @kind, @serviceId, @occurredAt, @data, @personal)`,
  );
  const insertOutbox = db.prepare('INSERT INTO outbox (transaction_id, enqueued_at) VALUES (?, ?)');
  // Nested inside a caller's db.transaction this becomes a savepoint, so callers can add their
  // own rows (ticket counter, print job) to the same atomic commit.
  const record = db.transaction((tx: NewTransaction) => {
    const id = ulid(tx.occurredAt.getTime());
    insertTx.run({
      id,
      sessionId: tx.sessionId,
      seq: tx.seq,
      kind: tx.kind,
      serviceId: tx.serviceId,
      occurredAt: tx.occurredAt.toISOString(),
      data: JSON.stringify(tx.data),
      personal: tx.personal ? cipher.seal(JSON.stringify(tx.personal)) : null,
    });
    insertOutbox.run(id, tx.occurredAt.toISOString());
    return id;
  });

  return {
    /** The store's cipher, for a service that keeps sealed rows of its own (事项办理's pages, issue 24). */
    cipher,
    /** Commits the transaction and its outbox entry durably; returns its id. */
    record(tx: NewTransaction): string {
      try {
        return record(tx);
      } catch (err) {
        rethrowStorageError(err);
      }
    },
    get(id: string): StoredTransaction | null {
      const row = db.prepare('SELECT * FROM transactions WHERE id = ?').get(id) as TransactionRow | undefined;
      return row ? toStored(row) : null;
    },
    /** Decrypts the personal part; only the sync agent needs this, to send it to central. */
    personalOf(id: string): Record<string, unknown> | null {
      const row = db.prepare('SELECT personal FROM transactions WHERE id = ?').get(id) as { personal: Buffer | null } | undefined;
      return row?.personal ? JSON.parse(cipher.open(row.personal)) : null;
    },
    list(): StoredTransaction[] {
      return (db.prepare('SELECT * FROM transactions ORDER BY id').all() as TransactionRow[]).map(toStored);
    },
  };
}

export type TransactionStore = ReturnType<typeof createTransactionStore>;
