// Enrollment: the kiosk makes its own ed25519 key pair, registers the public half with a one-time
// code an admin created, and pins the central key it gets back. The private key never leaves here.
import { enrollResponseSchema, type EnrollRequest } from '../../central/contract/schemas.ts';
import { generateSigningKeyPair } from '../../central/contract/signing.ts';
import { createCentralClient, CentralUnreachableError, describeHttpFailure } from './central-client.ts';
import { saveIdentity, type TerminalIdentity } from './identity.ts';
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
}

/** Enrolls and stores the identity (replacing any earlier one). Throws EnrollmentError with a readable reason. */
export async function enroll(opts: EnrollOptions): Promise<TerminalIdentity> {
  const code = opts.code.trim();
  if (!code) throw new EnrollmentError('the enrollment code is empty');
  const keys = generateSigningKeyPair();
  const request: EnrollRequest = {
    code,
    publicKey: keys.publicKey,
    siteCode: opts.site.code,
    siteName: opts.site.name,
    softwareVersion: softwareVersion(),
  };
  const client = createCentralClient({ baseUrl: opts.centralUrl, timeoutMs: opts.timeoutMs ?? 15_000 });
  let res;
  try {
    res = await client.request('POST', '/v1/enroll', request);
  } catch (err) {
    if (err instanceof CentralUnreachableError) throw new EnrollmentError(`cannot enroll at ${opts.centralUrl}: ${err.message}`);
    throw err;
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
  };
  saveIdentity(opts.dataDir, identity);
  return identity;
}
