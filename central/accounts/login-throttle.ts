// Failed console logins, counted in the database so every hub process applies the same limits:
// per address (one machine guessing) and per account (many machines guessing one user's password).
import { FAILED_LOGIN_WINDOW_MS, MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_PER_ACCOUNT } from '../console-auth.ts';
import type { Queryable } from '../storage/database.ts';

/** Milliseconds before another attempt may be made for this account from this address; 0: now. */
export async function loginWaitMs(q: Queryable, username: string, address: string, at: number): Promise<number> {
  const since = new Date(at - FAILED_LOGIN_WINDOW_MS).toISOString();
  const rows = await q.query<{ by_address: string; first_by_address: unknown; by_user: string; first_by_user: unknown }>(
    `SELECT (SELECT count(*) FROM console_login_failures WHERE address = $1 AND at > $3::timestamptz)::text AS by_address,
            (SELECT min(at) FROM (SELECT at FROM console_login_failures WHERE address = $1 AND at > $3::timestamptz ORDER BY at DESC LIMIT $4) a) AS first_by_address,
            (SELECT count(*) FROM console_login_failures WHERE username = $2 AND at > $3::timestamptz)::text AS by_user,
            (SELECT min(at) FROM (SELECT at FROM console_login_failures WHERE username = $2 AND at > $3::timestamptz ORDER BY at DESC LIMIT $5) u) AS first_by_user`,
    [address, username, since, MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_PER_ACCOUNT],
  );
  const row = rows[0];
  if (!row) return 0;
  // Wait until the oldest of the last N failures leaves the window.
  const waitFor = (count: string, max: number, first: unknown) => (Number(count) >= max && first ? Math.max(1, new Date(first as string).getTime() + FAILED_LOGIN_WINDOW_MS - at) : 0);
  return Math.max(waitFor(row.by_address, MAX_FAILED_LOGINS, row.first_by_address), waitFor(row.by_user, MAX_FAILED_LOGINS_PER_ACCOUNT, row.first_by_user));
}

export async function recordLoginFailure(q: Queryable, username: string, address: string, at: number): Promise<void> {
  await q.query('INSERT INTO console_login_failures (username, address, at) VALUES ($1, $2, $3::timestamptz)', [username, address, new Date(at).toISOString()]);
  // Old failures count for nothing: forget them so guesses from many addresses do not grow the table.
  await q.query('DELETE FROM console_login_failures WHERE at < $1::timestamptz', [new Date(at - FAILED_LOGIN_WINDOW_MS).toISOString()]);
}

/** A right password clears this address's failures (as before) and the account's. */
export async function clearLoginFailures(q: Queryable, username: string, address: string): Promise<void> {
  await q.query('DELETE FROM console_login_failures WHERE address = $1 OR username = $2', [address, username]);
}
