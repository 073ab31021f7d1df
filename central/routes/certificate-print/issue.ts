// POST /v1/certificates: a kiosk asks for one certificate for the resident whose card it read. The
// hub answers from its records or refuses with a sentence the resident can read. What it keeps of
// an issued certificate is what the public verification page shows: no full name, no ID number.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { certificateRequestSchema, newVerificationCode, type IssuedCertificate } from '../../../shared/contract/certificates.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import { isoOf } from '../../storage/database.ts';
import type { TerminalAuthenticator } from '../terminal-auth.ts';
import { maskName } from '../../../shared/mask.ts';
import { issuedTypes, titleOf } from './certificate-types.ts';

interface RecordRow {
  holder_name: string;
  body: string;
  authority: string;
  refusal: string | null;
}

/** Where residents reach the hub: the configured public URL, else the address the kiosk used. */
export function publicBaseOf(request: FastifyRequest, publicUrl: string | undefined): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

export function registerCertificateIssueRoute(
  app: FastifyInstance,
  db: Database,
  authenticate: TerminalAuthenticator,
  opts: { publicUrl?: string; now: () => number },
): void {
  app.post('/v1/certificates', async (request, reply) => {
    const terminalId = await authenticate(request);
    const asked = parseOr400(certificateRequestSchema, request.body, 'certificate request');
    const title = titleOf(asked.type);
    if (!title) {
      throw new HttpError(400, 'unknown-certificate-type', `central does not issue "${asked.type}"; it issues: ${Object.keys(issuedTypes).join(', ')}`);
    }
    const rows = await db.query<RecordRow>(
      'SELECT holder_name, body, authority, refusal FROM certificate_records WHERE id_number = $1 AND type = $2',
      [asked.idNumber, asked.type],
    );
    const record = rows[0];
    // A record under this ID number but another name is treated as no record: the card and the
    // registry must agree before anything is certified.
    if (!record || record.holder_name !== asked.name) {
      throw new HttpError(422, 'no-record', `没有查到开具${title}所需的记录。请带身份证到人工窗口咨询。`);
    }
    if (record.refusal) throw new HttpError(422, 'refused', record.refusal);

    const code = newVerificationCode(randomBytes);
    const issued = await db.query<{ issued_at: unknown }>(
      `INSERT INTO issued_certificates (code, type, title, holder_masked, authority, issued_at, terminal_id)
       VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7) RETURNING issued_at`,
      [code, asked.type, title, maskName(record.holder_name), record.authority, new Date(opts.now()).toISOString(), terminalId],
    );
    const answer: IssuedCertificate = {
      code,
      type: asked.type,
      title,
      holderName: record.holder_name,
      idNumber: asked.idNumber,
      body: record.body,
      authority: record.authority,
      issuedAt: isoOf(issued[0]?.issued_at),
      verifyUrl: `${publicBaseOf(request, opts.publicUrl)}/verify/${code}`,
    };
    return reply.status(201).send(answer);
  });
}
