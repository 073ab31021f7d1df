// Console accounts, for admins (the console's 账号 page, or kioskctl with the token): list, create
// with a temporary password, disable and enable, reset a password; and which sites a township holds.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database, Queryable } from '../../storage/database.ts';
import {
  createAccount,
  createAccountSchema,
  findAccount,
  listAccounts,
  resetPassword,
  resetPasswordSchema,
  setDisabled,
  setTownshipSites,
  townshipSchema,
  townshipSites,
  usernameSchema,
  viewOf,
  type AccountView,
} from '../../accounts/account-store.ts';
import { principalOf } from '../admin-auth.ts';
import { recordAudit } from '../../audit/audit-log.ts';

function usernameParam(request: FastifyRequest): string {
  const raw = String((request.params as { username?: unknown }).username ?? '');
  const parsed = usernameSchema.safeParse(raw);
  if (!parsed.success) throw new HttpError(404, 'unknown-account', `no account "${raw.slice(0, 40)}"`);
  return parsed.data;
}

export function registerAccountAdminRoutes(app: FastifyInstance, db: Database, now: () => number): void {
  const at = () => new Date(now()).toISOString();

  app.get('/v1/admin/accounts', async () => listAccounts(db));

  /** Runs an account change and records it with the account as it was and as it is (never a password). */
  const changeAccount = (request: FastifyRequest, action: string, username: string, change: (tx: Queryable) => Promise<AccountView>) =>
    db.transaction(async (tx) => {
      const before = await findAccount(tx, username);
      const after = await change(tx);
      await recordAudit(tx, request, { action, target: { kind: 'account', id: username }, before: before && viewOf(before), after });
      return after;
    });

  app.post('/v1/admin/accounts', async (request, reply) => {
    const account = parseOr400(createAccountSchema, request.body, 'account');
    const created = await changeAccount(request, 'account.create', account.username, (tx) => createAccount(tx, account, principalOf(request).username, at()));
    return reply.status(201).send(created);
  });

  app.post('/v1/admin/accounts/:username/disable', async (request) => changeAccount(request, 'account.disable', usernameParam(request), (tx) => setDisabled(tx, usernameParam(request), true, at())));
  app.post('/v1/admin/accounts/:username/enable', async (request) => changeAccount(request, 'account.enable', usernameParam(request), (tx) => setDisabled(tx, usernameParam(request), false, at())));

  app.post('/v1/admin/accounts/:username/reset-password', async (request) => {
    const { password } = parseOr400(resetPasswordSchema, request.body, 'password reset');
    return changeAccount(request, 'account.reset-password', usernameParam(request), (tx) => resetPassword(tx, usernameParam(request), password));
  });

  app.put('/v1/admin/townships/:township', async (request) => {
    const township = String((request.params as { township?: unknown }).township ?? '').trim();
    if (!township || township.length > 100) throw new HttpError(400, 'invalid-township', 'a township code of 1–100 characters');
    const { sites } = parseOr400(townshipSchema, request.body, 'township');
    return db.transaction(async (tx) => {
      const before = await townshipSites(tx, township);
      const after = await setTownshipSites(tx, township, sites);
      // A site moving between townships changes who oversees it: both lists' sites are concerned.
      await recordAudit(tx, request, { action: 'township.set', target: { kind: 'township', id: township }, sites: [...before, ...after], before: { sites: before }, after: { sites: after } });
      return { township, sites: after };
    });
  });
}
