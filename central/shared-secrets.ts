// Secrets given to the hub instead of kept in its data dir, so that any number of hub processes on
// one PostgreSQL sign with one key, read one admin token and make the same residents' pseudonyms
// (issue 27). Each comes as the value itself (NAME) or as a file holding it (NAME_FILE: Docker
// secrets, systemd's LoadCredential=, a Kubernetes secret volume); a file keeps it out of `ps` and
// of the process environment that crash reporters copy.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKeyPair, privateKeyFromPem, privateKeyToPem, publicKeyToBase64 } from '../shared/contract/signing.ts';
import { ADMIN_TOKEN_FILE, SIGNING_KEY_FILE, type CentralKey } from './secrets.ts';
import { VOTER_KEY_FILE } from './routes/public-matters/voter-key.ts';

export const SIGNING_KEY_VARIABLE = 'CENTRAL_SIGNING_KEY';
export const PSEUDONYM_KEY_VARIABLE = 'CENTRAL_PSEUDONYM_KEY';
export const ADMIN_TOKEN_VARIABLE = 'CENTRAL_ADMIN_TOKEN';

/** NAME or the contents of NAME_FILE, trimmed; undefined when neither is set. */
export function secretFromEnvironment(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const inline = env[name] || undefined;
  const file = env[`${name}_FILE`] || undefined;
  if (inline && file) throw new Error(`${name} and ${name}_FILE are both set: give the secret one way`);
  if (!file) return inline;
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new Error(`cannot read ${name}_FILE ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!text) throw new Error(`${name}_FILE ${file} is empty`);
  return text;
}

/** The signing key from its PEM text; `from` names where it came from in the error. */
export function centralKeyFromPem(pem: string, from: string): CentralKey {
  try {
    const privateKey = privateKeyFromPem(pem);
    return { privateKey, publicKey: publicKeyToBase64(privateKey) };
  } catch (err) {
    throw new Error(`${from} is not an Ed25519 private key in PEM: ${(err as Error).message}`);
  }
}

/** The pseudonym key (32 bytes, base64): votes and cases are keyed on it, so it must be the same everywhere. */
export function pseudonymKeyFromBase64(text: string, from: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${from} must be 32 bytes in base64 (44 characters), got ${key.length} bytes`);
  return key;
}

export interface GivenSecrets {
  signingKey?: CentralKey;
  pseudonymKey?: Buffer;
  adminToken?: string;
}

/** Every secret the environment gives, checked; what it does not give the hub keeps in its data dir. */
export function secretsFromEnvironment(env: NodeJS.ProcessEnv = process.env): GivenSecrets {
  const pem = secretFromEnvironment(SIGNING_KEY_VARIABLE, env);
  const pseudonym = secretFromEnvironment(PSEUDONYM_KEY_VARIABLE, env);
  const adminToken = secretFromEnvironment(ADMIN_TOKEN_VARIABLE, env);
  return {
    ...(pem ? { signingKey: centralKeyFromPem(pem, SIGNING_KEY_VARIABLE) } : {}),
    ...(pseudonym ? { pseudonymKey: pseudonymKeyFromBase64(pseudonym, PSEUDONYM_KEY_VARIABLE) } : {}),
    ...(adminToken ? { adminToken } : {}),
  };
}

/**
 * Makes a county's hub secrets once, as 0600 files in `dir` (under the names a single hub's data
 * dir uses, so an existing hub's files serve as well), and returns the environment lines that give
 * them to every hub process. Refuses to overwrite: a new signing key would orphan every kiosk.
 */
export function makeSharedSecrets(dir: string): string[] {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files: [string, string, string][] = [
    [SIGNING_KEY_VARIABLE, SIGNING_KEY_FILE, privateKeyToPem(generateSigningKeyPair().privateKey)],
    [PSEUDONYM_KEY_VARIABLE, VOTER_KEY_FILE, `${randomBytes(32).toString('base64')}\n`],
    [ADMIN_TOKEN_VARIABLE, ADMIN_TOKEN_FILE, `${randomBytes(24).toString('hex')}\n`],
  ];
  return files.map(([variable, name, text]) => {
    const file = join(dir, name);
    try {
      writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${file} already exists: secrets are made once per county, never replaced`);
      throw err;
    }
    chmodSync(file, 0o600);
    return `${variable}_FILE=${file}`;
  });
}
