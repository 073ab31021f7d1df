// Central's own secrets: the document-signing key pair and the admin token. Both live as files in
// the data dir, readable by the owner only (0600). The signing key is kept out of the database on
// purpose, also with DATABASE_URL: a database dump or a read-only DB account must not be enough to
// sign catalogs that every kiosk would trust.
import { randomBytes, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKeyPair, privateKeyFromPem, privateKeyToPem, publicKeyToBase64 } from '../shared/contract/signing.ts';

export const SIGNING_KEY_FILE = 'central-signing-key.pem';
export const ADMIN_TOKEN_FILE = 'admin-token';

export interface CentralKey {
  privateKey: KeyObject;
  publicKey: string;
}

function writeSecret(file: string, text: string): void {
  // 'wx': never overwrite a secret that appeared in the meantime (two hubs starting at once).
  writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
}

/** Loads the signing key from `dataDir`, making it on first start; with no dir, a throw-away key. */
export function loadOrCreateCentralKey(dataDir: string | null): CentralKey {
  if (!dataDir) return generateSigningKeyPair();
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SIGNING_KEY_FILE);
  if (!existsSync(file)) writeSecret(file, privateKeyToPem(generateSigningKeyPair().privateKey));
  let privateKey: KeyObject;
  try {
    privateKey = privateKeyFromPem(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read central's signing key ${file}: ${(err as Error).message}`);
  }
  return { privateKey, publicKey: publicKeyToBase64(privateKey) };
}

export interface AdminTokenSource {
  token: string;
  /** Where the token was generated and stored, or null when it was given. */
  file: string | null;
}

/** The admin token: the one given, else the one stored in `dataDir` (made on first start). */
export function resolveAdminToken(given: string | undefined, dataDir: string | null): AdminTokenSource {
  if (given) {
    if (given.length < 16) throw new Error('the admin token must be at least 16 characters long');
    return { token: given, file: null };
  }
  // Hex, not base64url: one token in 64 of those began with "-", which `kioskctl --token TOKEN`
  // (and any command line) reads as an option. Same 192 bits.
  const token = randomBytes(24).toString('hex');
  if (!dataDir) return { token, file: null };
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  if (!existsSync(file)) writeSecret(file, `${token}\n`);
  return { token: readFileSync(file, 'utf8').trim(), file };
}
