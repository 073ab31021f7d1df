// PUT /v1/admin/certificate-records: an admin loads residents' records into the reference hub
// (`kioskctl certificates load FILE`), for tests and demonstrations. All or nothing: one bad
// record refuses the whole file, naming it.
import type { FastifyInstance } from 'fastify';
import { certificateRecordsRequestSchema } from '../../../shared/contract/certificates.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import { issuedTypes, titleOf } from './certificate-types.ts';
import { recordAudit } from '../../audit/audit-log.ts';

export function registerCertificateRecordsRoute(app: FastifyInstance, db: Database): void {
  app.put('/v1/admin/certificate-records', async (request) => {
    const { records } = parseOr400(certificateRecordsRequestSchema, request.body, 'certificate records');
    const unknown = records.findIndex((r) => !titleOf(r.type));
    if (unknown >= 0) {
      throw new HttpError(400, 'invalid-body', `invalid certificate records: records.${unknown}.type: "${records[unknown]!.type}" is not issued here; use one of ${Object.keys(issuedTypes).join(', ')}`, [
        { path: `records.${unknown}.type`, message: `not issued here; use one of ${Object.keys(issuedTypes).join(', ')}` },
      ]);
    }
    await db.transaction(async (tx) => {
      for (const r of records) {
        await tx.query(
          `INSERT INTO certificate_records (id_number, type, holder_name, body, authority, refusal, loaded_at)
           VALUES ($1, $2, $3, $4, $5, $6, now())
           ON CONFLICT (id_number, type) DO UPDATE SET holder_name = $3, body = $4, authority = $5, refusal = $6, loaded_at = now()`,
          [r.idNumber, r.type, r.name, r.body, r.authority, r.refusal ?? null],
        );
      }
      // Residents' records: the entry counts them by type, it never lists whose they are.
      const byType = Object.fromEntries([...new Set(records.map((r) => r.type))].map((t) => [t, records.filter((r) => r.type === t).length]));
      await recordAudit(tx, request, { action: 'certificate-records.load', target: { kind: 'certificate-records', id: 'all' }, after: { loaded: records.length, byType } });
    });
    return { loaded: records.length };
  });
}
