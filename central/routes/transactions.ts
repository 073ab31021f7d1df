// POST /v1/transactions/batch: idempotent ingest. The kiosk delivers at least once; central stores
// each (terminal, id) once, in one database transaction per batch, so the effect is exactly once.
import type { FastifyInstance } from 'fastify';
import { transactionBatchRequestSchema, type TransactionBatchResponse, type TransactionItem } from '../../shared/contract/schemas.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';
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
 * when the item is stored for the first time. A kind whose items are many in a batch (ratings) also
 * gives `applyTogether`, the same function for all its items: consecutive items of the kind are
 * then applied by one call, with a statement per table rather than per item (issue 27).
 */
export interface PreparedItem {
  stored: TransactionItem;
  apply(tx: Queryable, terminalId: string): Promise<void>;
  applyTogether?: (tx: Queryable, terminalId: string, run: readonly PreparedItem[]) => Promise<void>;
}

export type PrepareItem = (item: TransactionItem) => PreparedItem | null;

/**
 * Thrown by a kind's prepare or apply for an item that is wrong and will not become right by
 * resending (a forged case number, a payload off the contract). The whole batch is refused with
 * 422 and nothing of it is stored; the issue names `items.N`, so the kiosk parks that item and
 * resends the others (terminal/sync/drainer.ts).
 */
export class ItemRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Where in the item, e.g. `payload.data.caseNumber`. */
    readonly path: string,
    /** Which item, when refused by an `applyTogether` of several (otherwise: the one being applied). */
    readonly item: TransactionItem | null = null,
  ) {
    super(message);
    this.name = 'ItemRefused';
  }
}

/**
 * Applies the stored items' kinds in the batch's order (a rating may rate a case an application
 * earlier in the batch made): each run of consecutive items sharing an `applyTogether` in one call.
 */
async function applyInOrder(tx: Queryable, terminalId: string, stored: { item: TransactionItem; prepared: PreparedItem }[], refusing: <T>(item: TransactionItem, run: () => Promise<T>) => Promise<T>): Promise<void> {
  for (let start = 0; start < stored.length; ) {
    const together = stored[start]!.prepared.applyTogether;
    let end = start + 1;
    while (together && end < stored.length && stored[end]!.prepared.applyTogether === together) end++;
    const run = stored.slice(start, end);
    if (together) await refusing(run[0]!.item, () => together(tx, terminalId, run.map((s) => s.prepared)));
    else await refusing(run[0]!.item, () => run[0]!.prepared.apply(tx, terminalId));
    start = end;
  }
}

function refusedBatch(err: ItemRefused, index: number): HttpError {
  const path = `items.${index}.${err.path}`;
  return new HttpError(422, err.code, `item ${index} refused: ${err.message}`, [{ path, message: err.message }]);
}

export function registerTransactionRoutes(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, prepare: PrepareItem = () => null): void {
  const lineage = new Map<string, string[]>();
  app.post('/v1/transactions/batch', async (request) => {
    const terminalId = await authenticate(request);
    const { items } = parseOr400(transactionBatchRequestSchema, request.body, 'transaction batch');
    // An id repeated inside one batch is stored once and reported once.
    const firstById = new Map<string, TransactionItem>();
    const indexOf = new Map<TransactionItem, number>();
    items.forEach((item, i) => {
      if (firstById.has(item.id)) return;
      firstById.set(item.id, item);
      indexOf.set(item, i);
    });
    const refusing = async <T>(item: TransactionItem, run: () => T | Promise<T>): Promise<T> => {
      try {
        return await run();
      } catch (err) {
        throw err instanceof ItemRefused ? refusedBatch(err, indexOf.get(err.item ?? item) ?? 0) : err;
      }
    };
    const inserted = await db.transaction(async (tx) => {
      // Delivered before re-enrolling (its acknowledgement lost): a duplicate, not a new record.
      let predecessors = lineage.get(terminalId);
      if (!predecessors) lineage.set(terminalId, (predecessors = await predecessorsOf(tx, terminalId)));
      const earlier = await storedByPredecessors(tx, predecessors, [...firstById.keys()]);
      const fresh = [];
      for (const item of firstById.values()) if (!earlier.has(item.id)) fresh.push({ item, prepared: await refusing(item, () => prepare(item)) });
      if (!fresh.length) return new Set<string>();
      const stored = await insertNew(tx, terminalId, fresh.map(({ item, prepared }) => prepared?.stored ?? item));
      const toApply = fresh.flatMap(({ item, prepared }) => (prepared && stored.has(item.id) ? [{ item, prepared }] : []));
      await applyInOrder(tx, terminalId, toApply, refusing);
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
