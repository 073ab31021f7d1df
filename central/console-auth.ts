// The console's passwords: the built-in admin's (a scrypt hash in the data dir, set with the hub's
// CLI) and the named accounts' (the same hash format, in the database: central/accounts/).
// Sessions and the login throttle live in the database (central/accounts/), so every hub process
// behind a balancer shares them and a restart logs nobody out.
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONSOLE_PASSWORD_FILE = 'console-password';
export const MIN_PASSWORD_LENGTH = 10;
/** scrypt cost: ~50 ms on a 2-core hub, slow for guessing, fine for a login. */
const SCRYPT = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;
export const SESSION_IDLE_MS = 2 * 3600_000;
/** However busy, a session ends after a working day: a stolen cookie is not good for ever. */
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;
/** Failed logins from one address within the window before it must wait. */
export const MAX_FAILED_LOGINS = 5;
/** Failed logins on one account (from any addresses) within the window before it must wait. */
export const MAX_FAILED_LOGINS_PER_ACCOUNT = 10;
export const FAILED_LOGIN_WINDOW_MS = 15 * 60_000;

/** `scrypt$N$r$p$salt$hash`, salt and hash base64: the parameters travel with the hash. */
export function hashConsolePassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the console password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

interface StoredHash {
  salt: Buffer;
  expected: Buffer;
  options: ScryptOptions;
}

function parseStoredHash(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, hash] = stored.trim().split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  return { salt: Buffer.from(salt, 'base64'), expected: Buffer.from(hash, 'base64'), options: { N: Number(n), r: Number(r), p: Number(p) } };
}

export function verifyConsolePassword(password: string, stored: string): boolean {
  const parsed = parseStoredHash(stored);
  if (!parsed) return false;
  return timingSafeEqual(scryptSync(password, parsed.salt, parsed.expected.length, parsed.options), parsed.expected);
}

function scryptAsync(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, length, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/**
 * The same check off the event loop (libuv's thread pool): a hub answering a hall's kiosks must not
 * stall ~50 ms for every console login.
 */
export async function verifyPasswordAsync(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed) return false;
  return timingSafeEqual(await scryptAsync(password, parsed.salt, parsed.expected.length, parsed.options), parsed.expected);
}

export async function hashPasswordAsync(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`a console password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, KEY_LENGTH, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Stores the hash in `dataDir` (0600), replacing an earlier one atomically. */
export function writeConsolePassword(dataDir: string, password: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, CONSOLE_PASSWORD_FILE);
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${hashConsolePassword(password)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
  return file;
}

/** Reads the stored hash at each login, so a password set while the hub runs applies at once. */
export function consolePasswordFromDir(dataDir: string | null): () => string | null {
  return () => {
    if (!dataDir) return null;
    const file = join(dataDir, CONSOLE_PASSWORD_FILE);
    return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
  };
}

export const SESSION_COOKIE = 'kiosk_console';

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
