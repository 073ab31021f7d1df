// Console accounts, for admins (the console's 账号 page, or kioskctl with the token): list, create
// with a temporary password, disable and enable, reset a password; and which sites a township holds.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import {
  createAccount,
  createAccountSchema,
  listAccounts,
  resetPassword,
  resetPasswordSchema,
  setDisabled,
  setTownshipSites,
  townshipSchema,
  usernameSchema,
} from '../../accounts/account-store.ts';
import { principalOf } from '../admin-auth.ts';

function usernameParam(request: FastifyRequest): string {
  const raw = String((request.params as { username?: unknown }).username ?? '');
  const parsed = usernameSchema.safeParse(raw);
  if (!parsed.success) throw new HttpError(404, 'unknown-account', `no account "${raw.slice(0, 40)}"`);
  return parsed.data;
}

export function registerAccountAdminRoutes(app: FastifyInstance, db: Database, now: () => number): void {
  const at = () => new Date(now()).toISOString();

  app.get('/v1/admin/accounts', async () => listAccounts(db));

  app.post('/v1/admin/accounts', async (request, reply) => {
    const account = parseOr400(createAccountSchema, request.body, 'account');
    const created = await db.transaction((tx) => createAccount(tx, account, principalOf(request).username, at()));
    return reply.status(201).send(created);
  });

  app.post('/v1/admin/accounts/:username/disable', async (request) => db.transaction((tx) => setDisabled(tx, usernameParam(request), true, at())));
  app.post('/v1/admin/accounts/:username/enable', async (request) => db.transaction((tx) => setDisabled(tx, usernameParam(request), false, at())));

  app.post('/v1/admin/accounts/:username/reset-password', async (request) => {
    const { password } = parseOr400(resetPasswordSchema, request.body, 'password reset');
    return db.transaction((tx) => resetPassword(tx, usernameParam(request), password));
  });

  app.put('/v1/admin/townships/:township', async (request) => {
    const township = String((request.params as { township?: unknown }).township ?? '').trim();
    if (!township || township.length > 100) throw new HttpError(400, 'invalid-township', 'a township code of 1–100 characters');
    const { sites } = parseOr400(townshipSchema, request.body, 'township');
    return { township, sites: await db.transaction((tx) => setTownshipSites(tx, township, sites)) };
  });
}
