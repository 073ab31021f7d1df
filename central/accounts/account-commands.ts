// kioskctl's console accounts, over the admin routes with the admin token (an admin's way in when
// the console is not at hand, or a script making a township's accounts):
//   accounts list [--json]
//   accounts create USERNAME --role ROLE [--name NAME] [--sites A,B | --township T] [--password P]
//   accounts disable|enable USERNAME      accounts reset USERNAME [--password P]
// Without --password a temporary one is made and printed once for the admin to hand over; the user
// must change it at first login either way.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AdminClient } from '../admin-client.ts';
import { AdminArgsError } from '../admin-list-args.ts';
import { table, tableTime } from '../text-table.ts';
import { roles } from './roles.ts';

export const ACCOUNTS_USAGE = `accounts list [--json]                        console accounts: role, scope, state
  accounts create USERNAME --role ROLE [--name NAME] [--sites A,B | --township T] [--password P]
                                                ROLE: ${roles.join(', ')}; without --password a temporary one is printed
  accounts disable|enable USERNAME              stop (and end the sessions of) or restore an account
  accounts reset USERNAME [--password P]        a new temporary password, to be changed at the next login`;

export interface AccountCommandOptions {
  json: boolean;
  role?: string;
  name?: string;
  sites?: string;
  township?: string;
  password?: string;
}

const accountSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  sites: z.array(z.string()),
  township: z.string().nullable(),
  mustChangePassword: z.boolean(),
  disabledAt: z.string().nullable(),
  builtIn: z.boolean(),
});
type Account = z.infer<typeof accountSchema>;

/** 14 characters a person can read out over the phone: no 0/O or 1/l/I. */
function temporaryPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(14), (b) => alphabet[b % alphabet.length]).join('');
}

function scopeOf(a: Account): string {
  if (a.role === 'admin') return 'county';
  return [a.township && `township ${a.township}`, a.sites.length > 0 && `sites ${a.sites.join(',')}`].filter(Boolean).join('; ');
}

function stateOf(a: Account): string {
  return a.disabledAt ? `disabled ${tableTime(a.disabledAt)}` : a.mustChangePassword ? 'must change password' : 'active';
}

const path = (username: string, action: string) => `/v1/admin/accounts/${encodeURIComponent(username)}/${action}`;

export async function runAccountCommand(client: AdminClient, command: string, words: string[], o: AccountCommandOptions, print: (text: string) => void): Promise<boolean> {
  if (command !== 'accounts') return false;
  const [action, username] = words;
  if (action === 'list') {
    const accounts = await client.call('GET', '/v1/admin/accounts', accountSchema.array());
    print(o.json ? JSON.stringify(accounts, null, 2) : table(['USER', 'NAME', 'ROLE', 'SCOPE', 'STATE'], accounts.map((a) => [a.username, a.displayName, a.role, scopeOf(a), stateOf(a)])));
    return true;
  }
  if (!username || !['create', 'disable', 'enable', 'reset'].includes(action ?? '')) throw new AdminArgsError('accounts needs: list, or create|disable|enable|reset USERNAME');
  if (action === 'disable' || action === 'enable') {
    const account = await client.call('POST', path(username, action), accountSchema, {});
    print(`${account.username}: ${stateOf(account)}`);
    return true;
  }
  const password = o.password ?? temporaryPassword();
  const made = o.password === undefined ? `\ntemporary password: ${password}  (hand it over; it must be changed at first login)` : '';
  if (action === 'reset') {
    await client.call('POST', path(username, 'reset-password'), accountSchema, { password });
    print(`${username}: password reset, its sessions ended${made}`);
    return true;
  }
  if (!o.role || !(roles as readonly string[]).includes(o.role)) throw new AdminArgsError(`accounts create needs --role, one of ${roles.join(', ')}${o.role ? `, not "${o.role}"` : ''}`);
  const sites = (o.sites ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const body = { username, displayName: o.name ?? username, role: o.role, sites, township: o.township ?? null, password };
  const account = await client.call('POST', '/v1/admin/accounts', accountSchema, body);
  print(`created ${account.username} (${account.role}, ${scopeOf(account)})${made}`);
  return true;
}
