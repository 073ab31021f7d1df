// Terminal availability from the daily roll-up (hub migration 23) against the hour-by-hour query it
// replaced (tests/central/helpers/reference-availability.ts), on a database of each engine: three
// terminals' health hours over three weeks, written as the heartbeat writes them (new buckets, then
// the same buckets grown by INSERT … ON CONFLICT DO UPDATE), nights, weekends and future hours
// included. Days, a week, a month and a custom range, with "now" before, inside and after each
// period (today's open hours so far), for the county and one site, in two zones.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Database } from '../../../central/storage/database.ts';
import { AVAILABILITY_SQL, availabilityParams } from '../../../central/routes/statistics/availability.ts';
import { periodOf, type Period, type StatisticsQuery } from '../../../central/routes/statistics/period.ts';
import { rebuildRollupsIfZoneChanged } from '../../../central/routes/statistics/rollups.ts';
import { REFERENCE_AVAILABILITY_SQL } from '../helpers/reference-availability.ts';
import type { HubFactory } from '../helpers/hub.ts';

const PERIODS: StatisticsQuery[] = [
  { period: 'day', date: '2026-03-04' }, // a Wednesday
  { period: 'day', date: '2026-03-07' }, // a Saturday: closed
  { period: 'week', date: '2026-03-11' },
  { period: 'month', date: '2026-03-15' },
  { period: 'custom', from: '2026-02-27', to: '2026-03-19' },
];
const NOWS = ['2026-03-01T12:00:00Z', '2026-03-11T03:30:00Z', '2026-03-11T09:59:59Z', '2026-03-16T02:00:00Z', '2026-04-02T00:00:00Z'];

export function availabilityRollupSuite(startHub: HubFactory): void {
  describe('availability: the daily roll-up answers as the hour buckets did', () => {
    let db: Database;
    beforeAll(async () => {
      db = await startHub.openDatabase();
      await db.query(`INSERT INTO terminals (terminal_id, public_key, site_code, site_name, software_version, terminal_number)
        VALUES ('t1', 'k1', 'A', '东区', '1.0.0', 1), ('t2', 'k2', 'A', '东区', '1.0.0', 2), ('t3', 'k3', 'B', '西区', '1.0.0', 3)`);
      const hours = (from: string, to: string) => `generate_series('${from}'::timestamptz, '${to}'::timestamptz, interval '1 hour') h`;
      // t1 heard every hour, serving a varying share; t2 some hours of each day; t3 one day only.
      await db.query(`INSERT INTO terminal_health_hours (terminal_id, hour, heard_seconds, serving_seconds)
        SELECT 't1', h, 3000, (extract(epoch FROM h)::bigint / 3600 * 37) % 3000 FROM ${hours('2026-02-26T00:00:00Z', '2026-03-20T00:00:00Z')}`);
      await db.query(`INSERT INTO terminal_health_hours (terminal_id, hour, heard_seconds, serving_seconds)
        SELECT 't2', h, 1800, 1200 FROM ${hours('2026-02-26T00:00:00Z', '2026-03-20T00:00:00Z')} WHERE extract(hour FROM h) % 3 = 0`);
      await db.query(`INSERT INTO terminal_health_hours (terminal_id, hour, heard_seconds, serving_seconds)
        SELECT 't3', h, 3600, 3600 FROM ${hours('2026-03-11T00:00:00Z', '2026-03-11T23:00:00Z')}`);
      // Later beats grow buckets already there, capped at the hour, and add new ones, as the heartbeat does.
      await db.query(`INSERT INTO terminal_health_hours AS b (terminal_id, hour, heard_seconds, serving_seconds)
        SELECT terminal_id, h, 600, 500 FROM (VALUES ('t1'), ('t2'), ('t3')) AS t (terminal_id), ${hours('2026-03-09T00:00:00Z', '2026-03-13T00:00:00Z')}
        ON CONFLICT (terminal_id, hour) DO UPDATE
           SET heard_seconds = LEAST(3600, b.heard_seconds + EXCLUDED.heard_seconds), serving_seconds = LEAST(3600, b.serving_seconds + EXCLUDED.serving_seconds)`);
    });
    afterAll(() => db?.close());

    const compare = async (zone: string) => {
      let compared = 0;
      for (const now of NOWS) {
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(now));
        for (const query of PERIODS) {
          const period = periodOf(query, today, zone) as Period;
          for (const scope of [null, ['A']]) {
            const reference = await db.query(REFERENCE_AVAILABILITY_SQL, [scope, period.start, period.end, zone, now]);
            const rolledUp = await db.query(AVAILABILITY_SQL, availabilityParams(scope, period, zone, Date.parse(now)));
            assert.deepEqual(rolledUp, reference, `${JSON.stringify(query)} at ${now} in ${zone}, scope ${scope}`);
            compared++;
          }
        }
      }
      return compared;
    };

    test('every period, every "now", both scopes: the same open hours and serving seconds; nights and weekends left out', async () => {
      assert.equal(await compare('Asia/Shanghai'), NOWS.length * PERIODS.length * 2);
      const month = periodOf({ period: 'month', date: '2026-03-15' }, '2026-04-02', 'Asia/Shanghai') as Period;
      const [t1] = await db.query<{ serving_seconds: number }>(AVAILABILITY_SQL, availabilityParams(['A'], month, 'Asia/Shanghai', Date.parse('2026-04-02T00:00:00Z')));
      const [all] = await db.query<{ seconds: number }>(`SELECT sum(serving_seconds)::integer AS seconds FROM terminal_health_hours WHERE terminal_id = 't1' AND hour >= $1 AND hour < $2`, [month.start, month.end]);
      assert.ok(t1!.serving_seconds > 0 && t1!.serving_seconds < all!.seconds, `only the open hours count (${t1!.serving_seconds} of ${all!.seconds} s)`);
    });

    test('a hub in another zone rebuilds the roll-up in its days and still agrees', async () => {
      await rebuildRollupsIfZoneChanged(db, 'Asia/Urumqi');
      assert.equal(await compare('Asia/Urumqi'), NOWS.length * PERIODS.length * 2);
    });
  });
}
