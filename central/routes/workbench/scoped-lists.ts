// Ratings and terminals as the workbench shows them, within the user's sites: a rating or a
// terminal outside scope is absent from lists and 404 by id. Ratings' free text stays on the
// single rating (it may name someone); lists carry the level, reasons and follow-up.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import { isoOf, isoOrNull, type Database } from '../../storage/database.ts';
import { inScope, scopeParam, siteScopeOf } from '../../accounts/scope.ts';
import { ONLINE_WITHIN_SECONDS } from '../../health.ts';
import { principalOf } from '../admin-auth.ts';
import { workbenchRatingsQuerySchema } from './workbench-types.ts';
import { RATING_COLUMNS, ratingFromRow, type RatingRow } from '../rating/admin.ts';
import type { AdminRating } from '../../../shared/contract/case-admin.ts';

/** Lists leave the resident's own words out: they may name someone. The single rating has them. */
function ratingView(row: RatingRow, withText: boolean): AdminRating {
  const rating = ratingFromRow(row);
  return withText ? rating : { ...rating, reasonText: null };
}

interface TerminalRow {
  terminal_id: string;
  site_code: string;
  site_name: string;
  software_version: string;
  last_heartbeat_at: unknown;
  online: boolean;
}

const TERMINAL_COLUMNS = `terminal_id, site_code, site_name, software_version, last_heartbeat_at,
  COALESCE(last_heartbeat_at > $2::timestamptz - make_interval(secs => ${ONLINE_WITHIN_SECONDS}), false) AS online`;

function terminalView(row: TerminalRow) {
  return { terminalId: row.terminal_id, siteCode: row.site_code, siteName: row.site_name, softwareVersion: row.software_version, lastHeartbeatAt: isoOrNull(row.last_heartbeat_at), online: row.online };
}

function idParam(request: FastifyRequest, pattern: RegExp, what: string): string {
  const id = String((request.params as { id?: unknown }).id ?? '');
  if (!pattern.test(id)) throw new HttpError(400, `invalid-${what}-id`, `"${id.slice(0, 20)}" is not a ${what} id`);
  return id;
}

export function registerScopedListRoutes(app: FastifyInstance, db: Database, now: () => number): void {
  app.get('/v1/workbench/sites', async (request) => {
    const scope = await siteScopeOf(db, principalOf(request));
    if (scope !== null) return scope;
    const rows = await db.query<{ site_code: string }>('SELECT site_code FROM terminals UNION SELECT site_code FROM site_townships ORDER BY site_code');
    return rows.map((r) => r.site_code);
  });

  app.get('/v1/workbench/ratings', async (request) => {
    const query = parseOr400(workbenchRatingsQuerySchema, request.query ?? {}, 'query');
    const scope = await siteScopeOf(db, principalOf(request));
    const rows = await db.query<RatingRow>(
      `SELECT ${RATING_COLUMNS} FROM ratings
        WHERE ($1::text[] IS NULL OR site_code = ANY($1::text[])) AND ($2::boolean = false OR level <= 2) AND ($3::text IS NULL OR site_code = $3)
        ORDER BY rated_at DESC, ratings.id DESC LIMIT $4`,
      [scopeParam(scope), query.bad === 'true', query.site ?? null, query.limit],
    );
    return rows.map((row) => ratingView(row, false));
  });

  app.get('/v1/workbench/ratings/:id', async (request) => {
    const id = idParam(request, /^[1-9][0-9]{0,17}$/, 'rating');
    const scope = await siteScopeOf(db, principalOf(request));
    const row = (await db.query<RatingRow>(`SELECT ${RATING_COLUMNS} FROM ratings WHERE id = $1::bigint`, [id]))[0];
    if (!row || !inScope(scope, row.site_code)) throw new HttpError(404, 'unknown-rating', `no rating ${id} in your sites`);
    return ratingView(row, true);
  });

  app.get('/v1/workbench/terminals', async (request) => {
    const scope = await siteScopeOf(db, principalOf(request));
    const rows = await db.query<TerminalRow>(
      `SELECT ${TERMINAL_COLUMNS} FROM terminals WHERE ($1::text[] IS NULL OR site_code = ANY($1::text[])) AND replaced_by IS NULL ORDER BY site_code, terminal_id`,
      [scopeParam(scope), new Date(now()).toISOString()],
    );
    return rows.map(terminalView);
  });

  app.get('/v1/workbench/terminals/:id', async (request) => {
    const id = idParam(request, /^[\w-]{1,100}$/, 'terminal');
    const scope = await siteScopeOf(db, principalOf(request));
    const row = (await db.query<TerminalRow>(`SELECT ${TERMINAL_COLUMNS} FROM terminals WHERE terminal_id = $1`, [id, new Date(now()).toISOString()]))[0];
    if (!row || !inScope(scope, row.site_code)) throw new HttpError(404, 'unknown-terminal', `no terminal ${id} in your sites`);
    return terminalView(row);
  });
}
