// Admin API for 好差评: the ratings (all, or the bad ones for 整改), each bad one with the state of
// its 整改 (kioskctl ratings --bad). A bad rating is followed up by the 整改 it opened (issue 23,
// central/routes/rectification/): the older route that set a separate follow-up state answers 410,
// so there is one record of what was done, the one the statistics count.
import type { FastifyInstance } from 'fastify';
import { adminRatingsQuerySchema, type AdminRating } from '../../../shared/contract/case-admin.ts';
import type { RatingFollowUpState } from '../../../shared/contract/cases.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import { isoOf, isoOrNull, type Database, type Queryable } from '../../storage/database.ts';

export interface RatingRow {
  id: string;
  item_kind: string;
  item_label: string;
  level: number;
  label: string;
  reason: string | null;
  /** null in rows stored before several reasons could be given: `reason` is then the only one. */
  reasons: string[] | null;
  reason_text: string | null;
  site_code: string;
  terminal_id: string;
  rated_at: unknown;
  /** Set by the retired follow-up route on ratings rated before 整改 existed; shown when no 整改 is. */
  follow_up_state: RatingFollowUpState | null;
  follow_up_note: string | null;
  follow_up_at: unknown;
  rectification_id?: string | null;
  rectification_state?: string | null;
  rectification_note?: string | null;
  rectification_at?: unknown;
}

export const RATING_COLUMNS = 'id::text AS id, item_kind, item_label, level, label, reason, reasons, reason_text, site_code, terminal_id, rated_at, follow_up_state, follow_up_note, follow_up_at';

const QUALIFIED_RATING_COLUMNS = RATING_COLUMNS.split(', ').map((column) => `ratings.${column}`).join(', ');

/** The rating's 整改 and its latest step's note, beside RATING_COLUMNS (ratings aliased as `ratings`). */
const RECTIFICATION_COLUMNS = `r.id::text AS rectification_id, r.state AS rectification_state, r.updated_at AS rectification_at,
  (SELECT coalesce(s.result, s.note) FROM rectification_steps s WHERE s.rectification_id = r.id ORDER BY s.step DESC LIMIT 1) AS rectification_note`;

export function ratingFromRow(row: RatingRow): AdminRating {
  return {
    id: row.id,
    itemKind: row.item_kind,
    item: row.item_label,
    level: row.level,
    label: row.label,
    reason: row.reason,
    reasons: row.reasons ?? (row.reason !== null ? [row.reason] : []),
    reasonText: row.reason_text,
    siteCode: row.site_code,
    terminalId: row.terminal_id,
    ratedAt: isoOf(row.rated_at),
    followUp: row.rectification_id
      ? { state: row.rectification_state!, note: row.rectification_note ?? null, at: isoOrNull(row.rectification_at), rectificationId: row.rectification_id }
      : row.follow_up_state
        ? { state: row.follow_up_state, note: row.follow_up_note, at: isoOrNull(row.follow_up_at), rectificationId: null }
        : null,
  };
}

async function ratingById(q: Queryable, id: string, forUpdate = false): Promise<RatingRow | null> {
  const rows = await q.query<RatingRow>(`SELECT ${RATING_COLUMNS} FROM ratings WHERE id = $1::bigint${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ?? null;
}

export function registerRatingAdminRoutes(app: FastifyInstance, db: Database, now: () => number): void {
  app.get('/v1/admin/ratings', async (request) => {
    const query = parseOr400(adminRatingsQuerySchema, request.query ?? {}, 'query');
    const badOnly = query.bad === 'true';
    if (query.after && !(await ratingById(db, query.after))) throw new HttpError(400, 'unknown-rating', `no rating ${query.after} to page after (see: kioskctl ratings)`);
    // Paged by key (the last id of the page before), newest first, like the case list. ORDER BY
    // names ratings.id: a bare `id` would be COLUMNS' text id, and '9' sorts after '10'.
    const rows = await db.query<RatingRow>(
      `SELECT ${QUALIFIED_RATING_COLUMNS}, ${RECTIFICATION_COLUMNS} FROM ratings LEFT JOIN rectifications r ON r.rating_id = ratings.id
        WHERE ($1::boolean = false OR level <= 2)
         AND ($2::bigint IS NULL OR EXISTS (SELECT 1 FROM ratings anchor WHERE anchor.id = $2::bigint
               AND (ratings.rated_at < anchor.rated_at OR (ratings.rated_at = anchor.rated_at AND ratings.id < anchor.id))))
       ORDER BY ratings.rated_at DESC, ratings.id DESC LIMIT $3`,
      [badOnly, query.after ?? null, query.limit],
    );
    return rows.map(ratingFromRow);
  });

  app.post('/v1/admin/ratings/:id/follow-up', async () => {
    throw new HttpError(410, 'follow-up-is-rectification', 'a bad rating is followed up by the 整改 it opened: 核实, 整改, 回访 and 办结 in the console (整改 page) or /v1/workbench/rectifications/{id}; its state shows in kioskctl ratings --bad');
  });
}
