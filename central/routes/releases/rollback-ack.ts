// POST /v1/admin/terminals/:id/rollbacks/acknowledge: an admin has seen that a terminal rolled back
// by itself; its warning goes away until the next rollback. Who and when are kept on each rollback
// and in the admin log. There are no admin accounts, so "who" is the name the admin gives (kioskctl
// sends the OS user by default) and whether the console or the admin token was used.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { acknowledgeRollbackRequestSchema } from '../../../shared/contract/releases.ts';
import { terminalIdSchema } from '../../../shared/contract/schemas.ts';
import { appendAdminLog } from '../../commands/command-store.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import { acknowledgeRollbacks } from '../../releases/rollback-store.ts';
import type { Database } from '../../storage/database.ts';
import { recordAudit, terminalSites } from '../../audit/audit-log.ts';

/** The admin hook let it through: with an Authorization header it was the token, else the console's session. */
function channelOf(request: FastifyRequest): string {
  return request.headers.authorization ? 'admin token' : 'admin console';
}

export function registerRollbackAckRoute(app: FastifyInstance, db: Database, now: () => number): void {
  app.post('/v1/admin/terminals/:id/rollbacks/acknowledge', async (request) => {
    const id = (request.params as { id: string }).id;
    const known = terminalIdSchema.safeParse(id).success ? await db.query('SELECT 1 FROM terminals WHERE terminal_id = $1', [id]) : [];
    if (known.length === 0) throw new HttpError(404, 'unknown-terminal', `no terminal ${id} is enrolled here`);
    const body = parseOr400(acknowledgeRollbackRequestSchema, request.body ?? {}, 'acknowledgement');
    const by = body.by ? `${body.by} (${channelOf(request)})` : channelOf(request);
    const result = await acknowledgeRollbacks(db, id, by, new Date(now()));
    for (const r of result.acknowledged) {
      await appendAdminLog(db, new Date(now()), 'rollback acknowledged', id, `${r.version} → ${r.backOn} (${r.at}) by ${by}`);
    }
    await recordAudit(db, request, {
      action: 'rollback.acknowledge',
      target: { kind: 'terminal', id },
      sites: await terminalSites(db, id),
      after: { acknowledged: result.acknowledged.map((r) => `${r.version} → ${r.backOn}`), by: body.by ?? null },
    });
    return result;
  });
}
