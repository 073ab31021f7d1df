// Log bundles a technician sends from a kiosk's diagnostics page, and the admin's view of them.
// The kiosk builds them without residents' data; central stores them as sent.
import type { FastifyInstance } from 'fastify';
import { logBundleUploadSchema, terminalIdSchema, type LogBundleSummary } from '../../shared/contract/schemas.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';
import { isoOf, type Database } from '../storage/database.ts';
import type { TerminalAuthenticator } from './terminal-auth.ts';

export function registerLogBundleUploadRoute(app: FastifyInstance, db: Database, authenticate: TerminalAuthenticator, now: () => number): void {
  app.post('/v1/log-bundles', async (request, reply) => {
    const terminalId = await authenticate(request);
    const { bundle } = parseOr400(logBundleUploadSchema, request.body, 'log bundle');
    const rows = await db.query<{ id: string }>(
      'INSERT INTO log_bundles (terminal_id, received_at, bundle) VALUES ($1, $2, $3) RETURNING id::text AS id',
      [terminalId, new Date(now()).toISOString(), JSON.stringify(bundle)],
    );
    return reply.status(201).send({ id: rows[0]!.id });
  });
}

export function registerLogBundleAdminRoutes(app: FastifyInstance, db: Database): void {
  app.get('/v1/admin/terminals/:id/log-bundles', async (request) => {
    const id = (request.params as { id: string }).id;
    if (!terminalIdSchema.safeParse(id).success) throw new HttpError(404, 'unknown-terminal', `no terminal ${id} is enrolled here`);
    const rows = await db.query<{ id: string; terminal_id: string; received_at: unknown; bytes: number }>(
      `SELECT id::text AS id, terminal_id, received_at, octet_length(bundle) AS bytes
         FROM log_bundles WHERE terminal_id = $1 ORDER BY id DESC LIMIT 100`,
      [id],
    );
    return rows.map((row): LogBundleSummary => ({ id: row.id, terminalId: row.terminal_id, receivedAt: isoOf(row.received_at), bytes: Number(row.bytes) }));
  });

  app.get('/v1/admin/log-bundles/:bundleId', async (request, reply) => {
    const bundleId = (request.params as { bundleId: string }).bundleId;
    const rows = /^\d{1,18}$/.test(bundleId) ? await db.query<{ bundle: string }>('SELECT bundle FROM log_bundles WHERE id = $1::bigint', [bundleId]) : [];
    if (!rows[0]) throw new HttpError(404, 'unknown-log-bundle', `no log bundle ${bundleId} (see GET /v1/admin/terminals/{id}/log-bundles)`);
    return reply.header('content-type', 'application/json; charset=utf-8').send(rows[0].bundle);
  });
}
