// Enrollment: the kiosk makes its own ed25519 key pair, registers the public half with a one-time
// code an admin created, and pins the central key it gets back. The private key never leaves here.
import { enrollResponseSchema, type EnrollRequest } from '../../shared/contract/schemas.ts';
import { hashEnrollmentCode } from '../../shared/contract/enrollment-codes.ts';
import { generateSigningKeyPair, signReplacement } from '../../shared/contract/signing.ts';
import { createCentralClient, CentralUnreachableError, describeHttpFailure } from './central-client.ts';
import { parseRetryAfter, retryDelay } from './backoff.ts';
import { loadIdentityIfSound, saveIdentity, type TerminalIdentity } from './identity.ts';
import { softwareVersion } from './software-version.ts';

export class EnrollmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnrollmentError';
  }
}

export interface EnrollOptions {
  centralUrl: string;
  code: string;
  dataDir: string;
  site: { code: string; name: string };
  timeoutMs?: number;
  /** How long to keep retrying a link that fails in passing (no answer, 5xx, 429). Default 2 minutes. */
  retryForMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Worth another try with the same code and key: the hub answers a repeat of a success with 200. */
function isTransient(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Enrolls and stores the identity (replacing any earlier one). Throws EnrollmentError with a readable reason. */
export async function enroll(opts: EnrollOptions): Promise<TerminalIdentity> {
  const code = opts.code.trim();
  if (!code) throw new EnrollmentError('the enrollment code is empty');
  const keys = generateSigningKeyPair();
  // A damaged identity is one reason to enroll again; there is simply no hand-over to sign then.
  const previous = loadIdentityIfSound(opts.dataDir);
  const request: EnrollRequest = {
    code,
    publicKey: keys.publicKey,
    siteCode: opts.site.code,
    siteName: opts.site.name,
    softwareVersion: softwareVersion(),
    // Enrolled before: hand the old terminal's place to the new key, so central counts a batch it
    // took under the old id (answer lost) as already delivered when the outbox sends it again.
    ...(previous && {
      replaces: { terminalId: previous.terminalId, signature: signReplacement(previous.privateKey, previous.terminalId, keys.publicKey) },
    }),
  };
  const client = createCentralClient({ baseUrl: opts.centralUrl, timeoutMs: opts.timeoutMs ?? 15_000 });
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = opts.now ?? Date.now;
  const giveUpAt = now() + (opts.retryForMs ?? 120_000);
  // Enrolling happens once, with a technician standing by, often over the hall's poorest link:
  // a passing failure is retried with the same key pair, so a success whose answer was lost is
  // answered again by the hub instead of burning the one-time code.
  let res;
  for (let attempt = 1; ; attempt++) {
    let failure: string;
    let retryAfterMs: number | null = null;
    try {
      res = await client.request('POST', '/v1/enroll', request);
      if (!isTransient(res.status)) break;
      failure = `enrollment refused: ${describeHttpFailure(res)}`;
      retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    } catch (err) {
      if (!(err instanceof CentralUnreachableError)) throw err;
      failure = `cannot enroll at ${opts.centralUrl}: ${err.message}`;
    }
    const wait = Math.min(retryDelay(attempt, retryAfterMs, { baseMs: 500, capMs: 10_000 }), 30_000);
    if (now() + wait > giveUpAt) throw new EnrollmentError(attempts(failure, attempt));
    await sleep(wait);
  }
  if (res.status !== 201 && res.status !== 200) throw new EnrollmentError(`enrollment refused: ${describeHttpFailure(res)}`);
  const parsed = enrollResponseSchema.safeParse(res.json);
  if (!parsed.success) throw new EnrollmentError('central answered the enrollment with something that is not an enrollment result');
  const identity: TerminalIdentity = {
    terminalId: parsed.data.terminalId,
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    centralPublicKey: parsed.data.centralPublicKey,
    centralUrl: opts.centralUrl,
    enrolledAt: new Date().toISOString(),
    enrollmentCodeHash: hashEnrollmentCode(code),
    terminalNumber: parsed.data.terminalNumber,
  };
  saveIdentity(opts.dataDir, identity);
  return identity;
}

function attempts(failure: string, count: number): string {
  return count === 1 ? failure : `${failure} (gave up after ${count} attempts)`;
}
