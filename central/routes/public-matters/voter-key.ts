// The hub's own secret for voter pseudonyms: one vote per resident per topic is enforced on
// HMAC-SHA256(key, ID number), so the votes table never holds an ID number, and a copy of it (or of
// the whole database) cannot be turned back into ID numbers by hashing the ~10^9 plausible ones —
// that needs this key, which lives in a 0600 file beside the signing key, never in the database.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const VOTER_KEY_FILE = 'voter-pseudonym-key';

/** The key from `dataDir`, made on first start; without a dir, a key for this process only. */
export function loadOrCreateVoterKey(dataDir: string | null): Buffer {
  if (!dataDir) return randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, VOTER_KEY_FILE);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key; restore it from backup (votes are keyed on it)`);
  return key;
}

/** The pseudonym a resident votes under. The final X of an ID number counts the same as x. */
export function voterPseudonym(key: Buffer, idNumber: string): string {
  return createHmac('sha256', key).update(idNumber.toUpperCase()).digest('hex');
}
