// Console sessions in the database (issue 23): every hub process behind a balancer sees the same
// sessions and a restart logs nobody out. The cookie carries a random id; only its sha256 is
// stored, so a copy of the database opens no session. Idle and absolute expiry are checked on read.
import { createHash, randomBytes } from 'node:crypto';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../console-auth.ts';
import type { Queryable } from '../storage/database.ts';
import type { Role } from './roles.ts';

export interface LiveSession {
  sessionHash: string;
  csrfToken: string;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
}

export const hashSessionId = (id: string): string => createHash('sha256').update(id).digest('base64url');

export async function createSession(q: Queryable, username: string, at: number): Promise<{ id: string; csrfToken: string }> {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const iso = new Date(at).toISOString();
  await q.query('INSERT INTO console_sessions (session_hash, username, csrf_token, created_at, last_used_at) VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz)', [
    hashSessionId(id),
    username,
    csrfToken,
    iso,
  ]);
  return { id, csrfToken };
}

/**
 * The live session with this id, its idle clock restarted. An expired session, or one whose
 * account was disabled, is deleted and answers null.
 */
export async function touchSession(q: Queryable, id: string | undefined, at: number): Promise<LiveSession | null> {
  if (!id || id.length > 200) return null;
  const iso = new Date(at).toISOString();
  const sessionHash = hashSessionId(id);
  const rows = await q.query<{ csrf_token: string; username: string; display_name: string; role: Role; must_change_password: boolean; live: boolean }>(
    `SELECT s.csrf_token, s.username, a.display_name, a.role, a.must_change_password,
            (a.disabled_at IS NULL AND s.last_used_at > $2::timestamptz - make_interval(secs => $3) AND s.created_at > $2::timestamptz - make_interval(secs => $4)) AS live
       FROM console_sessions s JOIN console_accounts a USING (username) WHERE s.session_hash = $1`,
    [sessionHash, iso, SESSION_IDLE_MS / 1000, SESSION_ABSOLUTE_MS / 1000],
  );
  const row = rows[0];
  if (!row) return null;
  if (!row.live) {
    await q.query('DELETE FROM console_sessions WHERE session_hash = $1', [sessionHash]);
    return null;
  }
  await q.query('UPDATE console_sessions SET last_used_at = $2::timestamptz WHERE session_hash = $1', [sessionHash, iso]);
  return { sessionHash, csrfToken: row.csrf_token, username: row.username, displayName: row.display_name, role: row.role, mustChangePassword: row.must_change_password };
}

export async function endSession(q: Queryable, id: string | undefined): Promise<void> {
  if (id) await q.query('DELETE FROM console_sessions WHERE session_hash = $1', [hashSessionId(id)]);
}

/** Sessions past their absolute limit are dead anyway: dropped at each login so the table stays small. */
export async function dropExpiredSessions(q: Queryable, at: number): Promise<void> {
  await q.query(`DELETE FROM console_sessions WHERE created_at < $1::timestamptz - make_interval(secs => $2) OR last_used_at < $1::timestamptz - make_interval(secs => $3)`, [
    new Date(at).toISOString(),
    SESSION_ABSOLUTE_MS / 1000,
    SESSION_IDLE_MS / 1000,
  ]);
}
