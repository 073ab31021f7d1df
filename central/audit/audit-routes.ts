// GET /v1/workbench/audit: the audit log for admins and auditors, newest first, with filters (who,
// action, days) and pages by entry id. A scoped auditor reads only the entries about cases and
// terminals of its sites; county-wide entries (accounts, logins, releases, documents) are read by
// admins alone. There is no route that changes or deletes an entry (and the database refuses to).
import type { FastifyInstance } from 'fastify';
import { HttpError, parseOr400 } from '../http-errors.ts';
import { isoOf, type Database } from '../storage/database.ts';
import { scopeParam, siteScopeOf } from '../accounts/scope.ts';
import { principalOf } from '../routes/admin-auth.ts';
import { auditQuerySchema, type AuditEntryView, type AuditPage } from './audit-types.ts';

interface AuditRow {
  id: string;
  at: unknown;
  actor: string;
  actor_role: string | null;
  via_token: boolean;
  action: string;
  target_kind: string;
  target_id: string;
  sites: string[];
  before: unknown;
  after: unknown;
  address: string | null;
}

function viewOf(row: AuditRow): AuditEntryView {
  return {
    id: String(row.id),
    at: isoOf(row.at),
    actor: row.actor,
    actorRole: row.actor_role,
    viaToken: row.via_token,
    action: row.action,
    target: { kind: row.target_kind, id: row.target_id },
    sites: row.sites,
    before: row.before,
    after: row.after,
    address: row.address,
  };
}

export function registerAuditRoutes(app: FastifyInstance, db: Database, timeZone: string): void {
  app.get('/v1/workbench/audit', async (request): Promise<AuditPage> => {
    const principal = principalOf(request);
    if (principal.role !== 'admin' && principal.role !== 'auditor') {
      throw new HttpError(403, 'role-forbidden', `the audit log is read by admins and auditors, not by a ${principal.role}`);
    }
    const query = parseOr400(auditQuerySchema, request.query ?? {}, 'query');
    const scope = scopeParam(await siteScopeOf(db, principal));
    // ORDER BY names audit_log.id: a bare `id` would be the text id selected, and '9' sorts after '10'.
    const rows = await db.query<AuditRow>(
      `SELECT id::text AS id, at, actor, actor_role, via_token, action, target_kind, target_id, sites, before, after, address
         FROM audit_log
        WHERE ($1::text[] IS NULL OR sites && $1::text[])
          AND ($2::text IS NULL OR actor = $2)
          AND ($3::text IS NULL OR action = $3 OR action LIKE $3 || '.%')
          AND ($4::date IS NULL OR (at AT TIME ZONE $7)::date >= $4::date)
          AND ($5::date IS NULL OR (at AT TIME ZONE $7)::date <= $5::date)
          AND ($6::bigint IS NULL OR id < $6::bigint)
        ORDER BY audit_log.id DESC
        LIMIT $8`,
      [scope, query.actor ?? null, query.action ?? null, query.from ?? null, query.to ?? null, query.before ?? null, timeZone, query.limit + 1],
    );
    const entries = rows.slice(0, query.limit).map(viewOf);
    return { entries, next: rows.length > query.limit ? (entries.at(-1)?.id ?? null) : null };
  });
}
