// Terminal availability (issue 23): the share of the hall's open hours each terminal was serving
// residents, from the per-hour health buckets the heartbeat writes (heartbeat-statement.ts).
import type { HeartbeatRequest } from '../../../shared/contract/schemas.ts';
import { classifyHealth } from '../../health.ts';
import { shiftDay, zonedDay, zonedDayStart } from '../../../config/zoned-time.ts';
import type { Period } from './period.ts';

/**
 * The hall's open hours: working days (Monday to Friday until the holiday calendar arrives), from
 * `open` to `close` o'clock on the hub's clock. No configuration names a hall's hours yet; 8–18
 * covers a 便民服务中心's usual 8:30–17:30 in whole hours (the buckets are hours).
 */
export const HALL_HOURS = { open: 8, close: 18 } as const;

/**
 * Whether a beat's own report says residents can use the kiosk: no alarm (dead screen, printer or
 * reader gone, disk full), started, and not put out of service. Warnings (paper low, a backlog)
 * still serve.
 */
export function servesResidents(beat: HeartbeatRequest): boolean {
  const alerts = beat.alerts ?? [];
  const { state } = classifyHealth({ heartbeatAgeSeconds: 0, replacedBy: null, screen: beat.screen ?? null, alerts, freeDiskBytes: beat.freeDiskBytes ?? null, sync: beat.sync });
  return (state === 'healthy' || state === 'warning') && !alerts.includes('out-of-service');
}

/** Whether the instant `hour` (an hour bucket's start) is one of the hall's open hours in `zone`. */
export const OPEN_HOUR_SQL = (hour: string, zone: string) =>
  `extract(isodow FROM ${hour} AT TIME ZONE ${zone}) < 6 AND extract(hour FROM ${hour} AT TIME ZONE ${zone}) >= ${HALL_HOURS.open} AND extract(hour FROM ${hour} AT TIME ZONE ${zone}) < ${HALL_HOURS.close}`;

/**
 * Per terminal in scope: the open hours of the period that have passed (up to the current hour),
 * and the seconds of them it was serving: the days before today from their daily roll-up
 * (serving-rollup.ts, open hours only), today's passed open hours from their hour buckets. The
 * bounds come as values (availabilityParams), so the planner sees today's few hours as few.
 */
export const AVAILABILITY_SQL = `WITH open_hours AS (
    SELECT count(*)::integer AS n FROM generate_series($2::timestamptz, $3::timestamptz - interval '1 hour', interval '1 hour') h
     WHERE ${OPEN_HOUR_SQL('h', '$4')}
  ), past_days AS (
    SELECT terminal_id, sum(serving_seconds) AS seconds FROM stats_daily_serving WHERE day BETWEEN $5::date AND $6::date GROUP BY terminal_id
  )
  SELECT t.terminal_id, t.site_code, (SELECT n FROM open_hours) AS open_hours,
         (COALESCE(p.seconds, 0)
          + COALESCE((SELECT sum(b.serving_seconds) FROM terminal_health_hours b
                       WHERE b.terminal_id = t.terminal_id AND b.hour >= $7::timestamptz AND b.hour < $3::timestamptz AND ${OPEN_HOUR_SQL('b.hour', '$4')}), 0))::integer AS serving_seconds
    FROM terminals t LEFT JOIN past_days p ON p.terminal_id = t.terminal_id
   WHERE t.replaced_by IS NULL AND ($1::text[] IS NULL OR t.site_code = ANY($1::text[]))
   ORDER BY t.site_code, t.terminal_id`;

/**
 * AVAILABILITY_SQL's parameters: $1 scope, $2 the period's start, $3 its end or the current hour
 * if sooner (the hours passed), $4 zone, $5–$6 the days read from the roll-up (the period's, up to
 * yesterday), $7 from when hour buckets are read (today's midnight, or the period's start if later).
 */
export function availabilityParams(scope: string[] | null, period: Period, timeZone: string, now: number): unknown[] {
  const today = zonedDay(new Date(now), timeZone);
  const thisHour = Math.floor(now / 3_600_000) * 3_600_000;
  const passed = new Date(Math.min(Date.parse(period.end), thisHour)).toISOString();
  const yesterday = shiftDay(today, -1);
  const hoursFrom = new Date(Math.max(Date.parse(period.start), zonedDayStart(today, timeZone).getTime())).toISOString();
  return [scope, period.start, passed, timeZone, period.firstDay, period.lastDay < yesterday ? period.lastDay : yesterday, hoursFrom];
}
