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

export function registerTransactionRoutes(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator): void {
  app.post('/v1/transactions/batch', async (request) => {
    const terminalId = await authenticate(request);
    const { items } = parseOr400(transactionBatchRequestSchema, request.body, 'transaction batch');
    // An id repeated inside one batch is stored once and reported once.
    const firstById = new Map<string, TransactionItem>();
    for (const item of items) if (!firstById.has(item.id)) firstById.set(item.id, item);
    const inserted = await db.transaction((tx) => insertNew(tx, terminalId, [...firstById.values()]));
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
