// Which sites an account sees: its own list, plus every site of its township. An admin (or the
// admin token) sees the whole county. A row outside scope is treated as absent (404), never 403:
// a clerk must not learn that another site's case number exists.
import type { Queryable } from '../storage/database.ts';
import type { Principal } from './roles.ts';

/** null: no restriction (admin). Otherwise the site codes, possibly none. */
export type SiteScope = readonly string[] | null;

export async function siteScopeOf(q: Queryable, principal: Principal): Promise<SiteScope> {
  if (principal.role === 'admin') return null;
  const rows = await q.query<{ site_code: string }>(
    `SELECT unnest(scope_sites) AS site_code FROM console_accounts WHERE username = $1
     UNION
     SELECT t.site_code FROM site_townships t JOIN console_accounts a ON a.scope_township = t.township WHERE a.username = $1`,
    [principal.username],
  );
  return rows.map((r) => r.site_code).sort();
}

export function inScope(scope: SiteScope, siteCode: string): boolean {
  return scope === null || scope.includes(siteCode);
}

/** The SQL parameter for `($n::text[] IS NULL OR site_code = ANY($n::text[]))`. */
export function scopeParam(scope: SiteScope): string[] | null {
  return scope === null ? null : [...scope];
}
