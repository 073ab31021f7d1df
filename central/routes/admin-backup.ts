// GET /v1/admin/backup (issue 27): a hall's hub on PGlite hands its admin a consistent copy of the
// whole database while it keeps serving, for `kioskctl backup FILE`. Taking it is audited first: a
// copy of every resident's case is the most sensitive thing the hub gives out. On PostgreSQL the
// hub is one of many clients of a shared database, which pg_dump backs up (README, "Backups").
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../audit/audit-log.ts';
import { HttpError } from '../http-errors.ts';
import type { Database } from '../storage/database.ts';

export function registerBackupRoute(app: FastifyInstance, db: Database, now: () => number): void {
  app.get('/v1/admin/backup', async (request, reply) => {
    if (!db.backup) throw new HttpError(409, 'backup-with-pg-dump', 'this hub stores its data in PostgreSQL: back it up with pg_dump (README, "Backups")');
    const takenAt = new Date(now()).toISOString();
    await recordAudit(db, request, { action: 'backup.take', target: { kind: 'database', id: db.kind }, after: { takenAt } });
    const tarball = Buffer.from(await (await db.backup()).arrayBuffer());
    return reply
      .header('content-type', 'application/gzip')
      .header('content-disposition', `attachment; filename="hub-backup-${takenAt.slice(0, 19).replace(/[-:]/g, '')}Z.tar.gz"`)
      .send(tarball);
  });
}
