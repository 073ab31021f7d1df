// Admin API for 好差评: the ratings (all, or the bad ones for 整改), and setting a bad rating's
// follow-up state with a note (kioskctl ratings --bad, kioskctl rating ID follow-up STATE).
import type { FastifyInstance } from 'fastify';
import { adminRatingsQuerySchema, ratingFollowUpRequestSchema, type AdminRating } from '../../../shared/contract/case-admin.ts';
import type { RatingFollowUpState } from '../../../shared/contract/cases.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import { recordAudit } from '../../audit/audit-log.ts';
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
  follow_up_state: RatingFollowUpState | null;
  follow_up_note: string | null;
  follow_up_at: unknown;
}

export const RATING_COLUMNS = 'id::text AS id, item_kind, item_label, level, label, reason, reasons, reason_text, site_code, terminal_id, rated_at, follow_up_state, follow_up_note, follow_up_at';

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
    followUp: row.follow_up_state ? { state: row.follow_up_state, note: row.follow_up_note, at: isoOrNull(row.follow_up_at) } : null,
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
      `SELECT ${RATING_COLUMNS} FROM ratings WHERE ($1::boolean = false OR level <= 2)
         AND ($2::bigint IS NULL OR EXISTS (SELECT 1 FROM ratings anchor WHERE anchor.id = $2::bigint
               AND (ratings.rated_at < anchor.rated_at OR (ratings.rated_at = anchor.rated_at AND ratings.id < anchor.id))))
       ORDER BY ratings.rated_at DESC, ratings.id DESC LIMIT $3`,
      [badOnly, query.after ?? null, query.limit],
    );
    return rows.map(ratingFromRow);
  });

  app.post('/v1/admin/ratings/:id/follow-up', async (request) => {
    const id = String((request.params as { id?: unknown }).id ?? '');
    if (!/^[1-9][0-9]{0,17}$/.test(id)) throw new HttpError(400, 'invalid-rating-id', `"${id.slice(0, 20)}" is not a rating id (see: kioskctl ratings --bad)`);
    const body = parseOr400(ratingFollowUpRequestSchema, request.body, 'follow-up');
    return db.transaction(async (tx) => {
      const rating = await ratingById(tx, id, true);
      if (!rating) throw new HttpError(404, 'unknown-rating', `no rating ${id} at this hub`);
      if (rating.level > 2) throw new HttpError(409, 'not-a-bad-rating', `rating ${id} is ${rating.label}: only 不满意 and 非常不满意 are followed up`);
      await tx.query('UPDATE ratings SET follow_up_state = $2, follow_up_note = $3, follow_up_at = $4::timestamptz WHERE id = $1::bigint', [
        id,
        body.state,
        body.note?.trim() || null,
        new Date(now()).toISOString(),
      ]);
      const after = ratingFromRow((await ratingById(tx, id))!);
      await recordAudit(tx, request, {
        action: 'rating.follow-up',
        target: { kind: 'rating', id },
        sites: [after.siteCode],
        before: { state: rating.follow_up_state },
        after: { state: after.followUp?.state ?? null, note: after.followUp?.note ?? null },
      });
      return after;
    });
  });
}
