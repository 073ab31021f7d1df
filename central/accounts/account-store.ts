// Console accounts in the database: created, disabled, enabled and reset by an admin; a reset (or
// new) password is temporary and must be changed at first login. Refusals say what to do instead.
import { z } from 'zod';
import { HttpError } from '../http-errors.ts';
import { hashPasswordAsync, MIN_PASSWORD_LENGTH } from '../console-auth.ts';
import { isoOrNull, type Queryable } from '../storage/database.ts';
import { roles, type Role } from './roles.ts';

/** The account whose password the hub's CLI sets (data dir), as the one shared password was before. */
export const BUILT_IN_ADMIN = 'admin';

const roleSchema = z.enum(roles, { message: `a role: ${roles.join(', ')}` });
const siteCode = z.string().trim().min(1).max(100);
export const usernameSchema = z.string().regex(/^[a-z][a-z0-9._-]{2,31}$/, 'lower-case letters, digits, . _ -, 3–32 characters, starting with a letter');
const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(1024);

export const createAccountSchema = z
  .strictObject({
    username: usernameSchema,
    displayName: z.string().trim().min(1).max(40),
    role: roleSchema,
    sites: z.array(siteCode).max(500).default([]),
    township: siteCode.nullable().optional(),
    /** Temporary: the user must change it at first login. */
    password: passwordSchema,
  })
  .refine((a) => a.role === 'admin' || a.sites.length > 0 || a.township, { message: 'a supervisor, clerk or auditor needs a scope: sites or a township', path: ['sites'] });
export type CreateAccount = z.infer<typeof createAccountSchema>;

export const resetPasswordSchema = z.strictObject({ password: passwordSchema });
export const changePasswordSchema = z.strictObject({ currentPassword: z.string().min(1).max(1024), newPassword: passwordSchema });

export interface AccountView {
  username: string;
  displayName: string;
  role: Role;
  sites: string[];
  township: string | null;
  mustChangePassword: boolean;
  disabledAt: string | null;
  /** The built-in admin's password is set with the hub's CLI, not here. */
  builtIn: boolean;
}

export interface AccountRow {
  username: string;
  display_name: string;
  role: Role;
  scope_sites: string[];
  scope_township: string | null;
  password_hash: string | null;
  must_change_password: boolean;
  disabled_at: unknown;
}

const COLUMNS = 'username, display_name, role, scope_sites, scope_township, password_hash, must_change_password, disabled_at';

export function viewOf(row: AccountRow): AccountView {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    sites: row.scope_sites,
    township: row.scope_township,
    mustChangePassword: row.must_change_password,
    disabledAt: isoOrNull(row.disabled_at),
    builtIn: row.username === BUILT_IN_ADMIN,
  };
}

export async function findAccount(q: Queryable, username: string): Promise<AccountRow | null> {
  const rows = await q.query<AccountRow>(`SELECT ${COLUMNS} FROM console_accounts WHERE username = $1`, [username]);
  return rows[0] ?? null;
}

export async function listAccounts(q: Queryable): Promise<AccountView[]> {
  return (await q.query<AccountRow>(`SELECT ${COLUMNS} FROM console_accounts ORDER BY username`)).map(viewOf);
}

export async function createAccount(q: Queryable, account: CreateAccount, by: string, at: string): Promise<AccountView> {
  const hash = await hashPasswordAsync(account.password);
  const rows = await q.query<AccountRow>(
    `INSERT INTO console_accounts (username, display_name, role, scope_sites, scope_township, password_hash, must_change_password, created_at, created_by)
     VALUES ($1, $2, $3, $4::text[], $5, $6, true, $7::timestamptz, $8)
     ON CONFLICT (username) DO NOTHING RETURNING ${COLUMNS}`,
    [account.username, account.displayName, account.role, account.role === 'admin' ? [] : account.sites, account.role === 'admin' ? null : (account.township ?? null), hash, at, by],
  );
  if (!rows[0]) throw new HttpError(409, 'account-exists', `an account "${account.username}" already exists: choose another user name, or reset its password`);
  return viewOf(rows[0]);
}

async function existing(q: Queryable, username: string): Promise<AccountRow> {
  const row = await findAccount(q, username);
  if (!row) throw new HttpError(404, 'unknown-account', `no account "${username.slice(0, 40)}"`);
  return row;
}

/** Disabling ends the account's sessions at once; its cases and history stay. */
export async function setDisabled(q: Queryable, username: string, disabled: boolean, at: string): Promise<AccountView> {
  if (username === BUILT_IN_ADMIN && disabled) throw new HttpError(409, 'built-in-admin', 'the built-in admin cannot be disabled: it is how a county gets back in (set its password with the hub\'s CLI)');
  await existing(q, username);
  await q.query('UPDATE console_accounts SET disabled_at = CASE WHEN $2 THEN $3::timestamptz ELSE NULL END WHERE username = $1', [username, disabled, at]);
  if (disabled) await q.query('DELETE FROM console_sessions WHERE username = $1', [username]);
  return viewOf(await existing(q, username));
}

/** A temporary password from an admin: the user's sessions end and the next login must change it. */
export async function resetPassword(q: Queryable, username: string, password: string): Promise<AccountView> {
  if (username === BUILT_IN_ADMIN) throw new HttpError(409, 'built-in-admin', 'the built-in admin\'s password is set with the hub\'s CLI: npm run central -- --set-console-password');
  await existing(q, username);
  const hash = await hashPasswordAsync(password);
  await q.query('UPDATE console_accounts SET password_hash = $2, must_change_password = true WHERE username = $1', [username, hash]);
  await q.query('DELETE FROM console_sessions WHERE username = $1', [username]);
  return viewOf(await existing(q, username));
}

/** The user's own new password; other sessions of the account end, this one stays. */
export async function changeOwnPassword(q: Queryable, username: string, newPassword: string, keepSessionHash: string): Promise<void> {
  const hash = await hashPasswordAsync(newPassword);
  await q.query('UPDATE console_accounts SET password_hash = $2, must_change_password = false WHERE username = $1', [username, hash]);
  await q.query('DELETE FROM console_sessions WHERE username = $1 AND session_hash <> $2', [username, keepSessionHash]);
}

export const townshipSchema = z.strictObject({ sites: z.array(siteCode).min(1).max(500) });

/** The sites a township holds, replacing its earlier list (a site belongs to one township). */
export async function setTownshipSites(q: Queryable, township: string, sites: string[]): Promise<string[]> {
  await q.query('DELETE FROM site_townships WHERE township = $1', [township]);
  await q.query(
    `INSERT INTO site_townships (site_code, township) SELECT s, $1 FROM unnest($2::text[]) AS s
     ON CONFLICT (site_code) DO UPDATE SET township = EXCLUDED.township`,
    [township, sites],
  );
  return townshipSites(q, township);
}

export async function townshipSites(q: Queryable, township: string): Promise<string[]> {
  return (await q.query<{ site_code: string }>('SELECT site_code FROM site_townships WHERE township = $1 ORDER BY site_code', [township])).map((r) => r.site_code);
}
