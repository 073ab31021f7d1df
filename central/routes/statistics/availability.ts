// Terminal availability (issue 23): the share of the hall's open hours each terminal was serving
// residents, from the per-hour health buckets the heartbeat writes (heartbeat-statement.ts).
import type { HeartbeatRequest } from '../../../shared/contract/schemas.ts';
import { classifyHealth } from '../../health.ts';

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

/**
 * Per terminal in scope: the open hours of the period that have passed (up to the current hour),
 * and the seconds of them it was serving. $1 scope, $2–$3 the period, $4 zone, $5 now.
 */
export const AVAILABILITY_SQL = `WITH open_hours AS (
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
