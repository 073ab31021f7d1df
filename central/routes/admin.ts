// Admin endpoints: enrollment codes, the fleet view and transactions. Document publishing is in
// documents.ts beside the terminal side of documents. All are behind the admin token (server.ts).
import type { FastifyInstance } from 'fastify';
import {
  adminTransactionsQuerySchema,
  createEnrollmentCodeRequestSchema,
  screenReportSchema,
  syncReportSchema,
  terminalAlertSchema,
  terminalIdSchema,
  type StoredTransaction,
  type TerminalSummary,
} from '../../shared/contract/schemas.ts';
import { hashEnrollmentCode, newEnrollmentCode } from '../../shared/contract/enrollment-codes.ts';
import { classifyHealth, ONLINE_WITHIN_SECONDS } from '../health.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';
import { isoOf, isoOrNull, type Database } from '../storage/database.ts';
import { openRollbacks } from '../releases/rollback-store.ts';
import { recordAudit } from '../audit/audit-log.ts';


interface TerminalRow {
  terminal_id: string;
  site_code: string;
  site_name: string;
  software_version: string;
  enrolled_at: unknown;
  last_heartbeat_at: unknown;
  devices: Record<string, unknown> | null;
  sync: unknown;
  replaced_by: string | null;
  screen: unknown;
  alerts: unknown;
  free_disk_bytes: string | number | null;
  heartbeat_age_seconds: number | string | null;
}

interface TransactionRow {
  terminal_id: string;
  id: string;
  cursor: string;
  session_id: string;
  seq: number;
  kind: string;
  occurred_at: unknown;
  payload: Record<string, unknown>;
  received_at: unknown;
}

async function listTransactions(db: Database, query: unknown, fixedTerminalId?: string): Promise<StoredTransaction[]> {
  const q = parseOr400(adminTransactionsQuerySchema, query ?? {}, 'query');
  const terminalId = fixedTerminalId ?? q.terminalId ?? null;
  const rows = await db.query<TransactionRow>(
    `SELECT terminal_id, id, receipt_seq::text AS cursor, session_id, seq, kind, occurred_at, payload, received_at
       FROM transactions
      WHERE ($1::text IS NULL OR terminal_id = $1) AND receipt_seq > $2::bigint
      ORDER BY receipt_seq
      LIMIT $3`,
    [terminalId, q.after ?? '0', q.limit],
  );
  return rows.map((row) => ({
    id: row.id,
    terminalId: row.terminal_id,
    sessionId: row.session_id,
    seq: row.seq,
    kind: row.kind,
    occurredAt: isoOf(row.occurred_at),
    payload: row.payload,
    receivedAt: isoOf(row.received_at),
    cursor: row.cursor,
  }));
}

export function registerAdminRoutes(app: FastifyInstance, db: Database, now: () => number): void {
  app.post('/v1/admin/enrollment-codes', async (request, reply) => {
    const body = parseOr400(createEnrollmentCodeRequestSchema, request.body ?? {}, 'enrollment code request');
    const code = newEnrollmentCode();
    const rows = await db.query<{ expires_at: unknown }>(
      `INSERT INTO enrollment_codes (code_hash, site_code, created_at, expires_at)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz + make_interval(mins => $4))
       RETURNING expires_at`,
      [hashEnrollmentCode(code), body.siteCode ?? null, new Date(now()).toISOString(), body.ttlMinutes],
    );
    // The code itself is a secret for one kiosk: the entry keeps only its hash's start, to match it to the enrollment.
    await recordAudit(db, request, { action: 'enrollment-code.create', target: { kind: 'enrollment-code', id: hashEnrollmentCode(code).slice(0, 12) }, sites: [body.siteCode], after: { siteCode: body.siteCode ?? null, expiresAt: isoOf(rows[0]?.expires_at) } });
    return reply.status(201).send({ code, expiresAt: isoOf(rows[0]?.expires_at), siteCode: body.siteCode ?? null });
  });

  app.get('/v1/admin/terminals', async () => {
    const rows = await db.query<TerminalRow>(
      `SELECT terminal_id, site_code, site_name, software_version, enrolled_at, last_heartbeat_at, devices, sync, replaced_by,
              screen, alerts, free_disk_bytes,
              extract(epoch FROM ($1::timestamptz - last_heartbeat_at))::float8 AS heartbeat_age_seconds
         FROM terminals ORDER BY site_code, enrolled_at`,
      [new Date(now()).toISOString()],
    );
    const rollbacks = await openRollbacks(db);
    return rows.map((row): TerminalSummary => {
      const sync = row.sync === null ? null : syncReportSchema.parse(row.sync);
      const screen = row.screen === null ? null : screenReportSchema.parse(row.screen);
      // An alert code this hub does not know (a newer kiosk) is dropped rather than failing the list.
      const alerts = (Array.isArray(row.alerts) ? row.alerts : []).flatMap((a) => {
        const parsed = terminalAlertSchema.safeParse(a);
        return parsed.success ? [parsed.data] : [];
      });
      const freeDiskBytes = row.free_disk_bytes === null ? null : Number(row.free_disk_bytes);
      const heartbeatAgeSeconds = row.heartbeat_age_seconds === null ? null : Math.max(0, Number(row.heartbeat_age_seconds));
      return {
        terminalId: row.terminal_id,
        siteCode: row.site_code,
        siteName: row.site_name,
        enrolledAt: isoOf(row.enrolled_at),
        lastHeartbeatAt: isoOrNull(row.last_heartbeat_at),
        online: heartbeatAgeSeconds !== null && heartbeatAgeSeconds <= ONLINE_WITHIN_SECONDS,
        sync,
        devices: row.devices,
        softwareVersion: row.software_version,
        replacedBy: row.replaced_by,
        health: classifyHealth({ heartbeatAgeSeconds, replacedBy: row.replaced_by, screen, alerts, freeDiskBytes, sync, rollbacks: rollbacks.get(row.terminal_id) ?? [] }),
        screen,
        alerts,
        freeDiskBytes,
        rollbacks: rollbacks.get(row.terminal_id) ?? [],
      };
    });
  });

  app.get('/v1/admin/transactions', async (request) => listTransactions(db, request.query));

  app.get('/v1/admin/terminals/:id/transactions', async (request) => {
    const id = (request.params as { id: string }).id;
    const known = terminalIdSchema.safeParse(id).success
      ? await db.query('SELECT 1 FROM terminals WHERE terminal_id = $1', [id])
      : [];
    if (known.length === 0) throw new HttpError(404, 'unknown-terminal', `no terminal ${id} is enrolled here`);
    const query = { ...(request.query as Record<string, unknown>) };
    delete query.terminalId;
    return listTransactions(db, query, id);
  });
}
