// The queue's filters as SQL: the user's scope, kind, site, 事项 or 12345 type, status, the day
// range it was submitted in (on the hub's clock), and one search box that takes what a caller
// gives a clerk: a case number (or part of it), a masked name as lists show it (张*民: the first
// and last character, one * per hidden one), a surname (张), or a phone's last 4 digits. Names
// and phones are looked up in the case's own fields (the ones masking.ts masks), never logged.
import { shiftDay, zonedDayStart } from '../../../config/zoned-time.ts';
import type { SiteScope } from '../../accounts/scope.ts';
import { scopeParam } from '../../accounts/scope.ts';
import { NAME_KEY_PATTERN, PHONE_KEY_PATTERN } from './masking.ts';
import type { WorkbenchCasesQuery } from './workbench-types.ts';

export interface CaseFilter {
  /** A condition on `cases` with $1…$n placeholders (no status: the caller adds it). */
  where: string;
  params: unknown[];
}

// The case's own fields and its form's answers, one level deep, as residentLabel reads them.
const FIELDS = `jsonb_each_text(details || CASE WHEN jsonb_typeof(details->'fields') = 'object' THEN details->'fields' ELSE '{}'::jsonb END)`;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the search box holds, as one SQL condition on the parameter at `$n`; null: nothing typed. */
function searchCondition(text: string, n: number): { sql: string; param: string } | null {
  const typed = text.trim();
  if (!typed) return null;
  const digits = typed.replace(/[\s-]/g, '');
  if (/^\d{4}$/.test(digits)) {
    return { sql: `EXISTS (SELECT 1 FROM ${FIELDS} AS f(k, v) WHERE (f.k ~* '${PHONE_KEY_PATTERN}' OR f.k = 'callbackPhone') AND right(regexp_replace(f.v, '\\D', '', 'g'), 4) = $${n})`, param: digits };
  }
  if (/^\d{5,12}$/.test(digits)) return { sql: `strpos(case_number, $${n}) > 0`, param: digits };
  // 张*民 → ^张.民$ (maskName hides each middle character with one *); 张 or 张三 → ^张 / ^张三.
  const chars = Array.from(typed);
  const pattern = typed.includes('*') ? `^${chars.map((c) => (c === '*' ? '.' : escapeRegex(c))).join('')}$` : `^${escapeRegex(typed)}`;
  return { sql: `EXISTS (SELECT 1 FROM ${FIELDS} AS f(k, v) WHERE f.k ~* '${NAME_KEY_PATTERN}' AND btrim(f.v) ~ $${n})`, param: pattern };
}

export function caseFilter(query: WorkbenchCasesQuery, scope: SiteScope, timeZone: string): CaseFilter {
  const params: unknown[] = [
    scopeParam(scope),
    query.kind ?? null,
    query.site ?? null,
    query.service ?? null,
    query.from ? zonedDayStart(query.from, timeZone).toISOString() : null,
    query.to ? zonedDayStart(shiftDay(query.to, 1), timeZone).toISOString() : null,
  ];
  let where = `($1::text[] IS NULL OR site_code = ANY($1::text[])) AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR site_code = $3)
    AND ($4::text IS NULL OR details->>'itemId' = $4 OR details->>'category' = $4)
    AND ($5::timestamptz IS NULL OR submitted_at >= $5::timestamptz) AND ($6::timestamptz IS NULL OR submitted_at < $6::timestamptz)`;
  const search = searchCondition(query.q ?? '', params.length + 1);
  if (search) {
    where += ` AND ${search.sql}`;
    params.push(search.param);
  }
  return { where, params };
}
