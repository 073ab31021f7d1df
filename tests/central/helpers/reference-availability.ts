// Terminal availability as the hub read it before the daily roll-up (hub migration 23): every
// passed open hour of the period joined to its hour bucket. Kept as the oracle the roll-up's
// answers are checked against (tests/central/suites/availability-rollup.ts).
// $1 scope, $2–$3 the period's instants, $4 zone, $5 now.
import { HALL_HOURS } from '../../../central/routes/statistics/availability.ts';

export const REFERENCE_AVAILABILITY_SQL = `WITH open_hours AS (
    SELECT h FROM generate_series($2::timestamptz, LEAST($3::timestamptz, date_bin('1 hour', $5::timestamptz, TIMESTAMPTZ '2000-01-01 00:00:00+00')) - interval '1 hour', interval '1 hour') h
     WHERE extract(isodow FROM h AT TIME ZONE $4) < 6
       AND extract(hour FROM h AT TIME ZONE $4) >= ${HALL_HOURS.open} AND extract(hour FROM h AT TIME ZONE $4) < ${HALL_HOURS.close}
  )
  SELECT t.terminal_id, t.site_code, (SELECT count(*) FROM open_hours)::integer AS open_hours,
         COALESCE((SELECT sum(b.serving_seconds) FROM terminal_health_hours b JOIN open_hours o ON o.h = b.hour
                    WHERE b.terminal_id = t.terminal_id AND b.hour >= $2::timestamptz AND b.hour < $3::timestamptz), 0)::integer AS serving_seconds
    FROM terminals t
   WHERE t.replaced_by IS NULL AND ($1::text[] IS NULL OR t.site_code = ANY($1::text[]))
   ORDER BY t.site_code, t.terminal_id`;
