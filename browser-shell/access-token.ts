// The browser shell's secret: only a page opened with this token in its URL may use KioskApi.
// Other local programs can reach 127.0.0.1 too; the token keeps them off the resident's session.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSecretFile } from '../terminal/store/secret-file.ts';

export function createAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison; hashing first makes the time independent of the length as well. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > 256) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

/**
 * The token kept in DATA_DIR/keys/ui-token (0600), so a kiosk restarted after a crash or a power
 * cut serves the same URL on a fixed --port and an open page (or a load driver) reconnects.
 */
export function loadOrCreateAccessToken(dataDir: string): string {
  const file = join(dataDir, 'keys', 'ui-token');
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{32,128}$/.test(token)) return token;
  }
  const token = createAccessToken();
  writeSecretFile(file, token + '\n');
  return token;
}
