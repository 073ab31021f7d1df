// Authenticates a terminal's signed request (headers x-terminal-id, x-timestamp, x-nonce,
// x-signature; see contract/signing.ts). Refusals are 401 with a code telling what was wrong.
// The nonce is recorded only after the signature checks out, so nobody can burn a terminal's
// nonces with forged requests.
import type { FastifyRequest } from 'fastify';
import { MAX_CLOCK_SKEW_MS, SIGNATURE_HEADERS, verifyRequestSignature } from '../../shared/contract/signing.ts';
import type { AuthErrorCode } from '../../shared/contract/schemas.ts';
import type { Database } from '../storage/database.ts';
import { HttpError } from '../http-errors.ts';

/** Nonces are kept past the window in both directions, so a replay is refused while it is not stale. */
const NONCE_RETENTION_SECONDS = (2 * MAX_CLOCK_SKEW_MS) / 1000 + 60;
const PRUNE_EVERY_MS = 60_000;

function refuse(code: AuthErrorCode, message: string): HttpError {
  return new HttpError(401, code, message);
}

function header(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

/**
 * Records the nonce unless the terminal was enrolled again since (then its refusal wins), in one
 * statement: `fresh` is false for a nonce already seen.
 */
const RECORD_NONCE_SQL = `WITH terminal AS (SELECT replaced_by FROM terminals WHERE terminal_id = $1),
  recorded AS (
    INSERT INTO request_nonces (terminal_id, nonce, seen_at)
    SELECT $1, $2, now() WHERE NOT EXISTS (SELECT 1 FROM terminal WHERE replaced_by IS NOT NULL)
    ON CONFLICT DO NOTHING RETURNING nonce)
  SELECT (SELECT replaced_by FROM terminal) AS replaced_by, EXISTS (SELECT 1 FROM recorded) AS fresh`;

export function createTerminalAuthenticator(db: Database, now: () => number = Date.now) {
  let lastPrune = 0;
  // A terminal's key is fixed when it enrolls (a new key is a new terminal id) and terminals are
  // never deleted: what one process read stays true for every process on the same database. Whether
  // it was replaced since is not fixed, so that is read with the nonce, on every request.
  const keys = new Map<string, string>();

  const replacedRefusal = (terminalId: string, replacedBy: string) => refuse('terminal-replaced', `terminal ${terminalId} was enrolled again as ${replacedBy}`);

  async function enrolledKey(terminalId: string): Promise<string> {
    const known = keys.get(terminalId);
    if (known) return known;
    const rows = await db.query<{ public_key: string; replaced_by: string | null }>('SELECT public_key, replaced_by FROM terminals WHERE terminal_id = $1', [terminalId]);
    const publicKey = rows[0]?.public_key;
    if (!publicKey) throw refuse('unknown-terminal', `terminal ${terminalId} is not enrolled here`);
    if (rows[0].replaced_by) throw replacedRefusal(terminalId, rows[0].replaced_by);
    keys.set(terminalId, publicKey);
    return publicKey;
  }

  return async function authenticate(request: FastifyRequest): Promise<string> {
    const terminalId = header(request, SIGNATURE_HEADERS.terminalId);
    const timestamp = header(request, SIGNATURE_HEADERS.timestamp);
    const nonce = header(request, SIGNATURE_HEADERS.nonce);
    const signature = header(request, SIGNATURE_HEADERS.signature);
    if (!terminalId || !timestamp || !nonce || !signature) {
      throw refuse('missing-signature', 'this request must be signed: send x-terminal-id, x-timestamp, x-nonce and x-signature');
    }
    if (!/^\d{1,16}$/.test(timestamp)) throw refuse('stale-timestamp', 'x-timestamp must be milliseconds since the epoch');
    if (!/^[0-9a-f]{32}$/.test(nonce)) throw refuse('missing-signature', 'x-nonce must be 32 lower-case hex characters');
    const skew = Number(timestamp) - now();
    if (Math.abs(skew) > MAX_CLOCK_SKEW_MS) {
      throw refuse('stale-timestamp', `the request's timestamp is ${Math.round(skew / 1000)} s off central's clock (at most ±${MAX_CLOCK_SKEW_MS / 1000} s); check the terminal's clock`);
    }
    const publicKey = await enrolledKey(terminalId);
    const body = request.rawBody ?? '';
    if (!verifyRequestSignature(publicKey, { method: request.method, path: request.url, timestamp, nonce, body }, signature)) {
      // A replaced terminal is told so first, whatever it signed (as when its key was not yet known).
      const rows = await db.query<{ replaced_by: string | null }>('SELECT replaced_by FROM terminals WHERE terminal_id = $1', [terminalId]);
      if (rows[0]?.replaced_by) throw replacedRefusal(terminalId, rows[0].replaced_by);
      throw refuse('bad-signature', "the signature does not match this request and the terminal's enrolled key");
    }
    if (now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = now();
      await db.query(`DELETE FROM request_nonces WHERE seen_at < now() - make_interval(secs => $1)`, [NONCE_RETENTION_SECONDS]);
    }
    const [recorded] = await db.query<{ replaced_by: string | null; fresh: boolean }>(RECORD_NONCE_SQL, [terminalId, nonce]);
    if (recorded?.replaced_by) throw replacedRefusal(terminalId, recorded.replaced_by);
    if (!recorded?.fresh) throw refuse('replayed-nonce', 'this nonce was already used: the request looks replayed');
    return terminalId;
  };
}

export type TerminalAuthenticator = ReturnType<typeof createTerminalAuthenticator>;
