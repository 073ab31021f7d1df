// POST /v1/enroll: a kiosk trades a one-time code for a terminal id, registering its own public
// key, and learns central's key to pin.
import type { FastifyInstance } from 'fastify';
import { ulid } from 'ulid';
import { enrollRequestSchema, type EnrollRequest, type EnrollResponse } from '../../shared/contract/schemas.ts';
import { publicKeyFromBase64, verifyReplacement } from '../../shared/contract/signing.ts';
import { hashEnrollmentCode } from '../../shared/contract/enrollment-codes.ts';
import { HttpError, parseOr400 } from '../http-errors.ts';
import type { Database, Queryable } from '../storage/database.ts';

/** An arbitrary constant (migrations use 7_405_311). */

interface CodeRow {
  site_code: string | null;
  used_at: unknown;
  used_by: string | null;
  expired: boolean;
}

/**
 * The terminal this kiosk was before, when it is enrolled here and signed the hand-over; null when
 * none is named or it is unknown here (a kiosk moving to a new hub starts a fresh lineage).
 */
async function verifiedPredecessor(tx: Queryable, body: EnrollRequest): Promise<string | null> {
  if (!body.replaces) return null;
  const rows = await tx.query<{ public_key: string }>('SELECT public_key FROM terminals WHERE terminal_id = $1 FOR UPDATE', [body.replaces.terminalId]);
  if (!rows[0]) return null;
  if (!verifyReplacement(rows[0].public_key, body.replaces.terminalId, body.publicKey, body.replaces.signature)) {
    throw new HttpError(403, 'bad-replacement', `the hand-over from terminal ${body.replaces.terminalId} is not signed by its key`);
  }
  return body.replaces.terminalId;
}

/** The next terminal number (1–9999, in order, never reused); a hub that gave them all says so. */
async function nextTerminalNumber(tx: Queryable): Promise<number> {
  try {
    const rows = await tx.query<{ n: string | number }>(`SELECT nextval('terminal_numbers') AS n`);
    return Number(rows[0]!.n);
  } catch (err) {
    if ((err as { code?: string }).code === '2200H') {
      throw new HttpError(409, 'no-terminal-number', 'this hub has given all 9999 terminal numbers; case numbers cannot be made unique for another terminal');
    }
    throw err;
  }
}

export function registerEnrollRoute(app: FastifyInstance, db: Database, centralPublicKey: string, now: () => number): void {
  app.post('/v1/enroll', async (request, reply) => {
    const body = parseOr400(enrollRequestSchema, request.body, 'enrollment request');
    try {
      publicKeyFromBase64(body.publicKey);
    } catch (err) {
      throw new HttpError(400, 'invalid-body', `invalid enrollment request: publicKey: ${(err as Error).message}`);
    }
    const enrolled = await db.transaction(async (tx) => {
      const codes = await tx.query<CodeRow>(
        `SELECT site_code, used_at, used_by, expires_at <= $2::timestamptz AS expired
           FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE`,
        [hashEnrollmentCode(body.code), new Date(now()).toISOString()],
      );
      const code = codes[0];
      if (!code) throw new HttpError(404, 'unknown-code', 'no such enrollment code: check what was typed, or ask the admin for a new one');
      if (code.used_at !== null) {
        // The same kiosk asking again with the same code and key: its first answer was lost on the
        // way back. Answer it again rather than strand a terminal central already knows.
        const same = await tx.query<{ terminal_id: string; terminal_number: number }>('SELECT terminal_id, terminal_number FROM terminals WHERE terminal_id = $1 AND public_key = $2', [
          code.used_by,
          body.publicKey,
        ]);
        if (same[0]) return { id: same[0].terminal_id, terminalNumber: same[0].terminal_number, repeated: true };
        throw new HttpError(409, 'code-used', 'this enrollment code was already used; each code enrolls one terminal: ask the admin for a new one');
      }
      if (code.expired) throw new HttpError(410, 'code-expired', 'this enrollment code has expired: ask the admin for a new one');
      if (code.site_code !== null && code.site_code !== body.siteCode) {
        throw new HttpError(403, 'site-mismatch', `this enrollment code is for site ${code.site_code}, not ${body.siteCode}`);
      }
      const known = await tx.query('SELECT 1 FROM terminals WHERE public_key = $1', [body.publicKey]);
      if (known.length > 0) throw new HttpError(409, 'key-already-enrolled', 'this public key is already enrolled; a terminal makes a fresh key pair to enroll');
      const replaces = await verifiedPredecessor(tx, body);
      const id = `T${ulid()}`;
      const terminalNumber = await nextTerminalNumber(tx);
      await tx.query(
        `INSERT INTO terminals (terminal_id, public_key, site_code, site_name, software_version, replaces, terminal_number)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, body.publicKey, body.siteCode, body.siteName, body.softwareVersion, replaces, terminalNumber],
      );
      if (replaces) await tx.query('UPDATE terminals SET replaced_by = $1 WHERE terminal_id = $2', [id, replaces]);
      await tx.query('UPDATE enrollment_codes SET used_at = now(), used_by = $1 WHERE code_hash = $2', [id, hashEnrollmentCode(body.code)]);
      return { id, terminalNumber, repeated: false };
    });
    const response: EnrollResponse = { terminalId: enrolled.id, terminalNumber: enrolled.terminalNumber, centralPublicKey };
    return reply.status(enrolled.repeated ? 200 : 201).send(response);
  });
}
