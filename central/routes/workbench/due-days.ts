// Hub migration 22 (issue 23): each running case's due day, stored on the case (cases.due_day) and
// kept by the database, so the workbench's clock, its "只看超期" filter and the statistics' 超期
// all read one value, and 超期 over a county's year is an indexed count, not a clock run in the hub
// over every open case. The rules are time-limits.ts's; the day is recomputed whenever one of its
// inputs changes, whichever code changes it:
// - the case's status (a BEFORE trigger on cases: ingested at 已接件, or moved on — changeStatus
//   writes the step first, so the new step is there when the status changes);
// - the holiday calendar (an admin loads a year's file): every running case;
// - the published 办事指南 (its items' 承诺时限, copied into guide_time_limits): every running case;
// - the hub's zone (stats_settings, set by rebuildRollupsIfZoneChanged): every running case.
// NULL when the clock does not run (补正材料, 特别程序, 已办结, 不予受理).
import type { Queryable } from '../../storage/database.ts';
import { DEMAND_WORKING_DAYS, INTAKE_WORKING_DAYS, UNKNOWN_ITEM_WORKING_DAYS } from './time-limits.ts';

/** Statuses whose clock runs; a case in one of them has a due day. */
export const RUNNING_STATUSES = ['已接件', '已受理', '办理中'] as const;
const RUNNING_SQL = `('${RUNNING_STATUSES.join("', '")}')`;

/** Working day by the loaded calendar: an adjusted working day (班) always, a holiday (休) never, else Monday–Friday. */
const WORKING = (day: string) => `(${day} = ANY(workdays) OR (NOT ${day} = ANY(holidays) AND extract(isodow FROM ${day}) < 6))`;

/**
 * The due day of a case (time-limits.ts): 已接件, 5 working days after the day it arrived; 已受理 and
 * 办理中, the item's 承诺时限 (即办 0, unknown item 20) or a demand's 5 working days after the day of
 * its last 已受理, plus the working days it spent in 特别程序. Days in the hub's zone.
 */
const DUE_DAY_FUNCTION = `CREATE FUNCTION case_due_day(p_case text, p_kind text, p_status text, p_submitted timestamptz, p_details jsonb) RETURNS date
  LANGUAGE plpgsql STABLE AS $$
  DECLARE
    zone text;
    holidays date[];
    workdays date[];
    due date;
    days integer;
    entered date;
    d date;
    s record;
  BEGIN
    IF p_status NOT IN ${RUNNING_SQL} THEN RETURN NULL; END IF;
    SELECT time_zone INTO zone FROM stats_settings;
    SELECT COALESCE(array_agg(day) FILTER (WHERE kind = 'holiday'), '{}'), COALESCE(array_agg(day) FILTER (WHERE kind = 'workday'), '{}')
      INTO holidays, workdays FROM holiday_calendar;
    IF p_status = '已接件' THEN
      due := (p_submitted AT TIME ZONE zone)::date;
      days := ${INTAKE_WORKING_DAYS};
    ELSE
      due := (COALESCE((SELECT at FROM case_steps WHERE case_number = p_case AND status = '已受理' ORDER BY step DESC LIMIT 1), p_submitted) AT TIME ZONE zone)::date;
      IF p_kind = 'demand' THEN
        days := ${DEMAND_WORKING_DAYS};
      ELSE
        days := COALESCE((SELECT working_days FROM guide_time_limits WHERE jsonb_typeof(p_details->'itemId') = 'string' AND item_id = p_details->>'itemId'), ${UNKNOWN_ITEM_WORKING_DAYS});
      END IF;
      -- 特别程序 pauses the clock: each span's working days, entering to leaving, are added back.
      FOR s IN SELECT status, (at AT TIME ZONE zone)::date AS day FROM case_steps WHERE case_number = p_case ORDER BY step LOOP
        IF s.status = '特别程序' THEN
          entered := COALESCE(entered, s.day);
        ELSIF entered IS NOT NULL THEN
          d := entered;
          WHILE d < s.day LOOP
            d := d + 1;
            IF ${WORKING('d')} THEN days := days + 1; END IF;
          END LOOP;
          entered := NULL;
        END IF;
      END LOOP;
    END IF;
    WHILE days > 0 LOOP
      due := due + 1;
      IF ${WORKING('due')} THEN days := days - 1; END IF;
    END LOOP;
    RETURN due;
  END $$`;

/** Recomputes the running cases' due days (those whose day changes are written). */
export const RECOMPUTE_DUE_DAYS_SQL = `UPDATE cases c SET due_day = x.due
    FROM (SELECT case_number, case_due_day(case_number, kind, status, submitted_at, details) AS due FROM cases WHERE status IN ${RUNNING_SQL}) x
   WHERE c.case_number = x.case_number AND c.due_day IS DISTINCT FROM x.due`;

/** The latest published 办事指南's 承诺时限 per item (即办: 0 working days; validated when published). */
const REFRESH_GUIDE_LIMITS_SQL = [
  `DELETE FROM guide_time_limits`,
  `INSERT INTO guide_time_limits (item_id, working_days)
   SELECT DISTINCT ON (item->>'id') item->>'id', CASE WHEN item->'promisedTimeLimit' = '"即办"'::jsonb THEN 0 ELSE (item->>'promisedTimeLimit')::integer END
     FROM (SELECT signed::jsonb AS signed FROM documents WHERE kind = 'guides' ORDER BY version DESC LIMIT 1) latest,
          jsonb_array_elements(COALESCE(latest.signed #> '{document,body,items}', '[]'::jsonb)) WITH ORDINALITY AS items (item, n)
    WHERE jsonb_typeof(item->'promisedTimeLimit') = 'number' OR item->'promisedTimeLimit' = '"即办"'::jsonb
    ORDER BY item->>'id', n DESC`,
];

function recomputeTrigger(fn: string, when: string, body: string[]): string[] {
  return [`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body.map((s) => `${s};`).join(' ')} RETURN NULL; END $$`, when];
}

export const dueDaysMigration = {
  version: 22,
  name: 'each running case\'s due day, kept by triggers; 超期 by index',
  statements: [
    `ALTER TABLE cases ADD COLUMN due_day date`,
    `CREATE TABLE guide_time_limits (item_id text PRIMARY KEY, working_days integer NOT NULL)`,
    DUE_DAY_FUNCTION,
    `CREATE FUNCTION case_due_day_row() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN NEW.due_day := case_due_day(NEW.case_number, NEW.kind, NEW.status, NEW.submitted_at, NEW.details); RETURN NEW; END $$`,
    `CREATE TRIGGER cases_due_day BEFORE INSERT OR UPDATE OF status ON cases FOR EACH ROW EXECUTE FUNCTION case_due_day_row()`,
    ...recomputeTrigger(
      'case_due_days_on_calendar',
      `CREATE TRIGGER holiday_calendar_due_days AFTER INSERT OR UPDATE OR DELETE ON holiday_calendar FOR EACH STATEMENT EXECUTE FUNCTION case_due_days_on_calendar()`,
      [RECOMPUTE_DUE_DAYS_SQL],
    ),
    `CREATE FUNCTION case_due_days_on_guides() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF EXISTS (SELECT 1 FROM added WHERE kind = 'guides') THEN ${REFRESH_GUIDE_LIMITS_SQL.map((s) => `${s};`).join(' ')} ${RECOMPUTE_DUE_DAYS_SQL}; END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER documents_due_days AFTER INSERT ON documents REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION case_due_days_on_guides()`,
    ...recomputeTrigger(
      'case_due_days_on_zone',
      `CREATE TRIGGER stats_settings_due_days AFTER UPDATE OF time_zone ON stats_settings FOR EACH STATEMENT EXECUTE FUNCTION case_due_days_on_zone()`,
      [RECOMPUTE_DUE_DAYS_SQL],
    ),
    // 超期 of a period: its running cases past their day, read from the index alone.
    `CREATE INDEX cases_running_by_submitted ON cases (submitted_at) INCLUDE (site_code, due_day) WHERE due_day IS NOT NULL`,
    // A hub with cases: the guides' limits, then every running case's day.
    ...REFRESH_GUIDE_LIMITS_SQL,
    RECOMPUTE_DUE_DAYS_SQL,
  ],
};

/** The stored due days of some cases (null for a case whose clock does not run). */
export async function dueDaysOf(q: Queryable, caseNumbers: string[]): Promise<Map<string, string | null>> {
  if (!caseNumbers.length) return new Map();
  const rows = await q.query<{ case_number: string; due_day: string | null }>(`SELECT case_number, due_day::text AS due_day FROM cases WHERE case_number = ANY($1::text[])`, [caseNumbers]);
  return new Map(rows.map((r) => [r.case_number, r.due_day]));
}
