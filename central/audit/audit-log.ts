// Writing the audit log (issue 23). Every route that changes something calls recordAudit() once,
// in the same database transaction as the change where it has one, so a change and its entry are
// committed together or not at all. Who comes from the request (the session's account, or the
// admin token); when is the hub's clock when the request arrived; the client address is Fastify's
// request.ip (behind a proxy, as trustProxy makes it). Before/after pass through auditSafe().
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../storage/database.ts';
import type { Principal } from '../accounts/roles.ts';
import { principalOf } from '../routes/admin-auth.ts';
import { auditSafe } from './audit-masking.ts';

export const auditTargetKinds = ['case', 'account', 'township', 'terminal', 'document', 'release', 'rollout', 'enrollment-code', 'certificate-records', 'rating', 'rectification', 'session', 'webhook', 'delivery', 'sms-template', 'database', 'voice-prompt'] as const;
export type AuditTargetKind = (typeof auditTargetKinds)[number];

export interface AuditChange {
  /** What was done, e.g. `case.status`, `account.disable`, `login.failed` (audit-words.ts names them). */
  action: string;
  target: { kind: AuditTargetKind; id: string };
  /** The sites the change concerns (a case's, a terminal's): which scoped auditors read it. */
  sites?: readonly (string | null | undefined)[];
  before?: unknown;
  after?: unknown;
}

/** Who to record when the request has no principal yet (a login): the account tried, never the password. */
export type AuditActor = Pick<Principal, 'username' | 'viaToken'> & { role: Principal['role'] | null };

/** A terminal's site, for the `sites` of an entry about it (none when the id is unknown). */
export async function terminalSites(q: Queryable, terminalId: string): Promise<string[]> {
  return (await q.query<{ site_code: string }>('SELECT site_code FROM terminals WHERE terminal_id = $1', [terminalId])).map((r) => r.site_code);
}

const arrivals = new WeakMap<FastifyRequest, number>();

/** server.ts stamps each request with the hub's clock as it arrives; entries carry that time. */
export function stampArrival(request: FastifyRequest, at: number): void {
  arrivals.set(request, at);
}

export async function recordAudit(q: Queryable, request: FastifyRequest, change: AuditChange, actor: AuditActor = principalOf(request)): Promise<void> {
  const at = new Date(arrivals.get(request) ?? Date.now()).toISOString();
  const sites = [...new Set(change.sites ?? [])].filter((s): s is string => typeof s === 'string' && s.length > 0);
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(auditSafe(value)));
  await q.query(
    `INSERT INTO audit_log (at, actor, actor_role, via_token, action, target_kind, target_id, sites, before, after, address)
     VALUES ($1::timestamptz, $2, $3, $4, $5, $6, $7, $8::text[], $9::jsonb, $10::jsonb, $11)`,
    [at, actor.username, actor.role, actor.viaToken, change.action, change.target.kind, change.target.id, sites, json(change.before), json(change.after), request.ip],
  );
}
