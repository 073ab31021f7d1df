// The admin console's login: one admin password (scrypt hash in the data dir), sessions held in
// memory (a hub restart logs admins out, which is acceptable for a hall's hub and keeps session
// tokens out of the database), and a throttle on failed logins per client address.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CONSOLE_PASSWORD_FILE = 'console-password';
export const MIN_PASSWORD_LENGTH = 10;
/** scrypt cost: ~50 ms on a 2-core hub, slow for guessing, fine for a login. */
const SCRYPT = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;
export const SESSION_IDLE_MS = 2 * 3600_000;
/** Failed logins from one address within the window before it must wait. */
export const MAX_FAILED_LOGINS = 5;
export const FAILED_LOGIN_WINDOW_MS = 15 * 60_000;

/** `scrypt$N$r$p$salt$hash`, salt and hash base64: the parameters travel with the hash. */
export function hashConsolePassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the console password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyConsolePassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.trim().split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
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

export interface ConsoleSession {
  csrfToken: string;
  lastUsedAt: number;
}

export class ConsoleSessions {
  private readonly sessions = new Map<string, ConsoleSession>();
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly now: () => number) {}

  create(): { id: string; session: ConsoleSession } {
    const id = randomBytes(32).toString('base64url');
    const session = { csrfToken: randomBytes(24).toString('base64url'), lastUsedAt: this.now() };
    this.sessions.set(id, session);
    return { id, session };
  }

  /** The live session with this id, its idle clock restarted; expired ones are forgotten. */
  touch(id: string | undefined): ConsoleSession | null {
    const session = id ? this.sessions.get(id) : undefined;
    if (!id || !session) return null;
    if (this.now() - session.lastUsedAt > SESSION_IDLE_MS) {
      this.sessions.delete(id);
      return null;
    }
    session.lastUsedAt = this.now();
    return session;
  }

  end(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  /** Milliseconds this address must still wait before another attempt, 0 when it may try. */
  waitMs(address: string): number {
    const recent = this.recentFailures(address);
    if (recent.length < MAX_FAILED_LOGINS) return 0;
    return Math.max(1, (recent[0] ?? 0) + FAILED_LOGIN_WINDOW_MS - this.now());
  }

  recordFailure(address: string): void {
    // Guesses from many addresses must not grow memory without bound: forget the stale ones.
    if (this.failures.size > 1000) for (const known of [...this.failures.keys()]) if (this.recentFailures(known).length === 0) this.failures.delete(known);
    this.failures.set(address, [...this.recentFailures(address), this.now()]);
  }

  clearFailures(address: string): void {
    this.failures.delete(address);
  }

  private recentFailures(address: string): number[] {
    const since = this.now() - FAILED_LOGIN_WINDOW_MS;
    return (this.failures.get(address) ?? []).filter((at) => at > since);
  }
}

export const SESSION_COOKIE = 'kiosk_console';

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
