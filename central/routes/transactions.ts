// POST /v1/transactions/batch: idempotent ingest. The kiosk delivers at least once; central stores
// each (terminal, id) once, in one database transaction per batch, so the effect is exactly once.
import type { FastifyInstance } from 'fastify';
import { transactionBatchRequestSchema, type TransactionBatchResponse, type TransactionItem } from '../contract/schemas.ts';
import { parseOr400 } from '../http-errors.ts';
import type { Database, Queryable } from '../storage/database.ts';
import type { TerminalAuthenticator } from './terminal-auth.ts';

const COLUMNS_PER_ROW = 7;

async function insertNew(tx: Queryable, terminalId: string, items: TransactionItem[]): Promise<Set<string>> {
  const params: unknown[] = [];
  const rows = items.map((item, i) => {
    params.push(terminalId, item.id, item.sessionId, item.seq, item.kind, item.occurredAt, JSON.stringify(item.payload));
    const p = (n: number) => `$${i * COLUMNS_PER_ROW + n}`;
    return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}::integer, ${p(5)}, ${p(6)}::timestamptz, ${p(7)}::jsonb)`;
  });
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO transactions (terminal_id, id, session_id, seq, kind, occurred_at, payload)
     VALUES ${rows.join(', ')}
     ON CONFLICT (terminal_id, id) DO NOTHING
     RETURNING id`,
    params,
  );
  return new Set(inserted.map((row) => row.id));
}

/** How far back a chain of re-enrollments is followed; a kiosk re-enrolls rarely. */
const MAX_LINEAGE = 16;

/** The terminals this one replaced, nearest first. Fixed at enrollment, so it is looked up once. */
async function predecessorsOf(tx: Queryable, terminalId: string): Promise<string[]> {
  const predecessors: string[] = [];
  let current = terminalId;
  while (predecessors.length < MAX_LINEAGE) {
    const rows = await tx.query<{ replaces: string | null }>('SELECT replaces FROM terminals WHERE terminal_id = $1', [current]);
    const previous = rows[0]?.replaces;
    if (!previous || predecessors.includes(previous)) break;
    predecessors.push(previous);
    current = previous;
  }
  return predecessors;
}

/** Ids among `ids` already stored under one of `predecessors`. */
async function storedByPredecessors(tx: Queryable, predecessors: string[], ids: string[]): Promise<Set<string>> {
  if (predecessors.length === 0 || ids.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>('SELECT id FROM transactions WHERE terminal_id = ANY($1::text[]) AND id = ANY($2::text[])', [
    predecessors,
    ids,
  ]);
  return new Set(rows.map((row) => row.id));
}

/**
 * A kind that needs more than storing (e.g. 议题公告 votes): `stored` is what goes into transactions
 * (personal fields it must not keep removed), `apply` runs in the same database transaction, once,
 * when the item is stored for the first time.
 */
export type PrepareItem = (item: TransactionItem) => { stored: TransactionItem; apply(tx: Queryable, terminalId: string): Promise<void> } | null;

export function registerTransactionRoutes(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, prepare: PrepareItem = () => null): void {
  const lineage = new Map<string, string[]>();
  app.post('/v1/transactions/batch', async (request) => {
    const terminalId = await authenticate(request);
    const { items } = parseOr400(transactionBatchRequestSchema, request.body, 'transaction batch');
    // An id repeated inside one batch is stored once and reported once.
    const firstById = new Map<string, TransactionItem>();
    for (const item of items) if (!firstById.has(item.id)) firstById.set(item.id, item);
    const inserted = await db.transaction(async (tx) => {
      // Delivered before re-enrolling (its acknowledgement lost): a duplicate, not a new record.
      let predecessors = lineage.get(terminalId);
      if (!predecessors) lineage.set(terminalId, (predecessors = await predecessorsOf(tx, terminalId)));
      const earlier = await storedByPredecessors(tx, predecessors, [...firstById.keys()]);
      const fresh = [...firstById.values()].filter((item) => !earlier.has(item.id)).map((item) => ({ item, prepared: prepare(item) }));
      if (!fresh.length) return new Set<string>();
      const stored = await insertNew(tx, terminalId, fresh.map(({ item, prepared }) => prepared?.stored ?? item));
      for (const { item, prepared } of fresh) if (prepared && stored.has(item.id)) await prepared.apply(tx, terminalId);
      return stored;
    });
    const response: TransactionBatchResponse = { accepted: [], duplicates: [] };
    const reported = new Set<string>();
    for (const item of items) {
      const isFirstCopy = !reported.has(item.id);
      reported.add(item.id);
      if (isFirstCopy && inserted.has(item.id)) response.accepted.push(item.id);
      else if (isFirstCopy) response.duplicates.push(item.id);
    }
    return response;
  });
}
