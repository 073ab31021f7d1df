// A bad rating opens its 整改 as the hub stores it: in the same transaction, one INSERT for all the
// bad ratings of a batch's run, at most one per rating (a resent batch never reaches here again,
// and the rating_id key would refuse it anyway). The 整改 belongs to the site responsible for what
// was rated: a case's own site (a resident may rate it at another hall's kiosk), else the rating
// kiosk's site (a ticket or counter visit there). Its service is the case's item or 12345 type, a
// ticket's queue, or what kind of thing was rated.
import { levelsNeedingReason } from '../../../shared/contract/cases.ts';
import type { Queryable } from '../../storage/database.ts';
import { rectificationDueDay } from './time-limit.ts';
import { workingCalendar } from '../../holidays/holiday-store.ts';

export interface RectificationSettings {
  /** CENTRAL_RECTIFICATION_WORKING_DAYS (time-limit.ts). */
  workingDays: number;
  timeZone: string;
  now: () => number;
}

export async function openRectifications(tx: Queryable, ratingIds: readonly string[], settings: RectificationSettings): Promise<void> {
  if (ratingIds.length === 0) return;
  const openedAt = new Date(settings.now()).toISOString();
  // Counted on the county's holiday calendar, as every case's due date (a batch with no bad rating
  // never gets here, so the calendar costs nothing for most batches).
  const dueDay = rectificationDueDay(openedAt, settings.workingDays, settings.timeZone, await workingCalendar(tx));
  // Keys are 'case:<number>' and 'transaction:<terminal>:<id>' (rating/targets.ts): split, they
  // meet the cases' and transactions' primary keys, so the joins stay index look-ups.
  await tx.query(
    `INSERT INTO rectifications (rating_id, site_code, case_number, service, state, opened_at, due_day, updated_at)
     SELECT r.id, COALESCE(c.site_code, r.site_code), c.case_number,
            COALESCE(c.details->>'itemId', c.details->>'category', t.payload->'data'->>'queueName', r.item_kind),
            '待核实', $2::timestamptz, $3::date, $2::timestamptz
       FROM ratings r
       LEFT JOIN cases c ON r.target_key LIKE 'case:%' AND c.case_number = substr(r.target_key, 6)
       LEFT JOIN transactions t ON r.target_key LIKE 'transaction:%'
            AND t.terminal_id = split_part(r.target_key, ':', 2) AND t.id = split_part(r.target_key, ':', 3)
      WHERE r.id = ANY($1::bigint[]) AND r.level = ANY($4::integer[])
      ORDER BY r.id
     ON CONFLICT (rating_id) DO NOTHING`,
    [[...ratingIds], openedAt, dueDay, [...levelsNeedingReason]],
  );
}
