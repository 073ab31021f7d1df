// Where a case can be handed on (转办): every site the hub knows (a terminal enrolled there, or a
// township lists it) with the enabled clerks who work there, so the console offers a choice instead
// of a text box a clerk must spell right. Sites and clerks' names only: no case, no resident.
import type { Queryable } from '../../storage/database.ts';

export interface TransferTarget {
  site: string;
  clerks: Array<{ username: string; displayName: string }>;
}

export async function transferTargets(q: Queryable): Promise<TransferTarget[]> {
  const rows = await q.query<{ site_code: string; username: string | null; display_name: string | null }>(
    `WITH sites AS (SELECT site_code FROM terminals WHERE site_code IS NOT NULL UNION SELECT site_code FROM site_townships)
     SELECT s.site_code, a.username, a.display_name
       FROM sites s
       LEFT JOIN console_accounts a
         ON a.role = 'clerk' AND a.disabled_at IS NULL
        AND (s.site_code = ANY(a.scope_sites) OR a.scope_township IN (SELECT t.township FROM site_townships t WHERE t.site_code = s.site_code))
      ORDER BY s.site_code, a.username`,
  );
  const bySite = new Map<string, TransferTarget>();
  for (const row of rows) {
    const target = bySite.get(row.site_code) ?? { site: row.site_code, clerks: [] };
    bySite.set(row.site_code, target);
    if (row.username) target.clerks.push({ username: row.username, displayName: row.display_name ?? row.username });
  }
  return [...bySite.values()];
}
