// Statistics (issue 23) over a generated year of one county on PostgreSQL 15: 200 terminals at 20
// sites, 300 visits a day each (21.9 M visits), 2 % of visits filing a case (438 000 cases with
// their steps, rolled up and recorded by their triggers), 10 % rating (2.2 M ratings, rolled up), and each terminal's
// health every hour of the year (1.75 M buckets). Transactions are generated as their daily
// roll-up rows (stats_daily_transactions, 10 terminals a site, what the statistics read): 22
// million raw rows would take longer to generate than the bench runs. Prints each statistics query's p50/p95 per period,
// for the whole county and for one site's clerk. Sizes: BENCH_STATS_RUNS (default 11).
import { openDatabase } from '../central/storage/open-database.ts';
import type { Database } from '../central/storage/database.ts';
import { AVAILABILITY_SQL, availabilityParams } from '../central/routes/statistics/availability.ts';
import { RECOMPUTE_DUE_DAYS_SQL } from '../central/routes/workbench/due-days.ts';
import { periodOf, type Period } from '../central/routes/statistics/period.ts';
import * as q from '../central/routes/statistics/queries.ts';
import { overdueBySite } from '../central/routes/statistics/report.ts';
import { postgresUnavailableReason, startPostgres } from '../tests/central/helpers/postgres.ts';
import type { BenchTable } from './run.ts';

const RUNS = Number(process.env.BENCH_STATS_RUNS ?? 11);
const ZONE = 'Asia/Shanghai';
const FIRST_DAY = '2025-12-01';
const DAYS = 365;
/** The hub's clock: the morning after the generated year. */
const NOW = Date.parse('2026-12-01T02:00:00Z');
/** How long recounting every open case's due day took (what loading a holiday calendar costs). */
let dueDaysSeconds = 0;

async function generate(db: Database): Promise<void> {
  await db.query(`INSERT INTO terminals (terminal_id, public_key, site_code, site_name, software_version, terminal_number)
    SELECT 'bench-' || n, 'key-' || n, 'SITE-' || lpad(((n - 1) / 10 + 1)::text, 2, '0'), '便民服务中心', '1.0.0', n FROM generate_series(1, 200) n`);
  // Per terminal and day: 300 visits over the services, with transactions as a kiosk makes them.
  await db.query(`INSERT INTO stats_daily_transactions (day, site_code, kind, transactions, visits, service_visits)
    SELECT $1::date + d, 'SITE-' || lpad(n::text, 2, '0'), k.kind, 10 * k.transactions + (n + d) % 7, 10 * k.visits, 10 * k.service_visits
      FROM generate_series(0, $2 - 1) d, generate_series(1, 20) n,
           (VALUES ('queue-ticket', 190, 180, 185), ('info-print', 70, 60, 66), ('certificate-print', 42, 40, 41), ('application', 6, 6, 6),
                   ('demand', 3, 3, 3), ('rating', 30, 4, 30), ('topic-vote', 8, 7, 8)) AS k (kind, transactions, visits, service_visits)`, [FIRST_DAY, DAYS]);
  for (let month = 0; month < 12; month++) {
    const from = month * 31;
    const to = Math.min(DAYS, from + 31);
    // 6 000 ratings a county-day, levels as a hall sees them; bad ones half followed up.
    await db.query(`INSERT INTO ratings (target_key, target, item_kind, item_label, level, label, reason, site_code, terminal_id, transaction_id, rated_at, follow_up_state)
      SELECT 'bench:' || d || ':' || i, '{}'::jsonb, 'queue-ticket', 'A' || i, l.level, l.label, CASE WHEN l.level <= 2 THEN '等候时间长' END,
             'SITE-' || lpad((i % 20 + 1)::text, 2, '0'), 'bench-' || (i % 200 + 1), 'r-' || d || '-' || i,
             ($1::date + d)::timestamp AT TIME ZONE '${ZONE}' + interval '8 hours' + (i % 600) * interval '1 minute',
             CASE WHEN l.level <= 2 THEN (CASE WHEN i % 2 = 0 THEN '待整改' ELSE '已整改' END) END
        FROM generate_series($2::integer, $3::integer - 1) d, generate_series(1, 6000) i,
             LATERAL (SELECT CASE WHEN i % 100 < 60 THEN 5 WHEN i % 100 < 85 THEN 4 WHEN i % 100 < 95 THEN 3 WHEN i % 100 < 98 THEN 2 ELSE 1 END AS level) lv,
             LATERAL (SELECT lv.level, (ARRAY['非常不满意', '不满意', '基本满意', '满意', '非常满意'])[lv.level] AS label) l`, [FIRST_DAY, from, to]);
    // 1 200 cases a county-day, 70 % applications; closed within 1–200 hours, except the last
    // three weeks' cases, of which 40 % are still open.
    await db.query(`INSERT INTO cases (case_number, kind, title, status, anonymous, code_check, details, site_code, terminal_id, transaction_id, submitted_at, updated_at)
      SELECT lpad((d * 1200 + i)::text, 12, '0'), CASE WHEN i % 10 < 7 THEN 'application' ELSE 'demand' END, '办件',
             CASE WHEN d >= $4 - 21 AND i % 5 < 2 THEN '已受理' ELSE '已办结' END, false, 'x',
             CASE WHEN i % 10 < 7 THEN jsonb_build_object('itemId', 'item-' || i % 12)
                  ELSE jsonb_build_object('category', (ARRAY['咨询', '求助', '投诉', '举报', '建议', '表扬'])[i % 6 + 1]) END,
             'SITE-' || lpad((i % 20 + 1)::text, 2, '0'), 'bench-' || (i % 200 + 1), 'c-' || d || '-' || i,
             ($1::date + d)::timestamp AT TIME ZONE '${ZONE}' + interval '8 hours' + (i % 540) * interval '1 minute', now()
        FROM generate_series($2::integer, $3::integer - 1) d, generate_series(1, 1200) i`, [FIRST_DAY, from, to, DAYS]);
  }
  await db.query(`INSERT INTO case_steps (case_number, step, status, at) SELECT case_number, 0, '已接件', submitted_at FROM cases`);
  await db.query(`INSERT INTO case_steps (case_number, step, status, at) SELECT case_number, 1, '已受理', submitted_at + interval '1 hour' FROM cases`);
  await db.query(`INSERT INTO case_steps (case_number, step, status, at)
    SELECT case_number, 2, '已办结', submitted_at + (1 + (hashtext(case_number) & 255) % 200) * interval '1 hour' FROM cases WHERE status = '已办结'`);
  // The open cases' due days, now that their 已受理 steps exist (the cases' trigger ran before them).
  const counting = performance.now();
  await db.query(RECOMPUTE_DUE_DAYS_SQL);
  dueDaysSeconds = (performance.now() - counting) / 1000;
  // Every hour of the year heard; now and then an hour short of paper.
  await db.query(`INSERT INTO terminal_health_hours (terminal_id, hour, heard_seconds, serving_seconds)
    SELECT 'bench-' || n, h, 3600, CASE WHEN (n * 7 + extract(epoch FROM h)::bigint / 3600) % 50 = 0 THEN 1800 ELSE 3600 END
      FROM generate_series(1, 200) n, generate_series($1::timestamptz, $1::timestamptz + $2 * interval '1 day' - interval '1 hour', interval '1 hour') h`,
    [new Date(`${FIRST_DAY}T00:00:00+08:00`).toISOString(), DAYS]);
  await db.query('VACUUM ANALYZE');
}

interface Query {
  name: string;
  run(db: Database, scope: string[] | null, period: Period): Promise<unknown>;
}

const sql = (name: string, text: string, by: 'days' | 'instants'): Query => ({
  name,
  run: (db, scope, period) => db.query(text, by === 'days' ? q.byDays(scope, period) : q.byInstants(scope, period)),
});

const QUERIES: Query[] = [
  sql('visits and transactions per service', q.SERVICES_SQL, 'days'),
  sql('visits and transactions per site', q.SITE_VISITS_SQL, 'days'),
  sql('cases received', q.RECEIVED_SQL, 'days'),
  sql('办结 and handling time (avg, p90)', q.CLOSED_SQL, 'instants'),
  { name: '超期 (stored due days)', run: (db, scope, period) => overdueBySite(db, scope, period, NOW, ZONE) },
  sql('满意率 per site', q.SATISFACTION_SQL, 'days'),
  sql('ratings per level', q.RATING_LEVELS_SQL, 'days'),
  sql('bad ratings by 整改 state', q.BAD_RATINGS_SQL, 'instants'),
  sql('demands by 12345 type and site', q.DEMANDS_SQL, 'days'),
  { name: 'terminal availability', run: (db, scope, period) => db.query(AVAILABILITY_SQL, availabilityParams(scope, period, ZONE, NOW)) },
];

// The latest day, week and month first (their cases are the ones still open), then earlier ones.
const PERIODS = [
  { label: 'day', query: (i: number) => ({ period: 'day' as const, date: shift(DAYS - 1 - i) }) },
  { label: 'week', query: (i: number) => ({ period: 'week' as const, date: shift(DAYS - 1 - 7 * i) }) },
  { label: 'month', query: (i: number) => ({ period: 'month' as const, date: shift(DAYS - 1 - 31 * (i % 12)) }) },
  { label: 'year (custom)', query: () => ({ period: 'custom' as const, from: FIRST_DAY, to: shift(DAYS - 1) }) },
];

function shift(days: number): string {
  return new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

async function measure(db: Database, query: Query, scope: string[] | null, periodIndex: number): Promise<[number, number]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const period = periodOf(PERIODS[periodIndex]!.query(i), shift(DAYS), ZONE) as Period;
    const started = performance.now();
    await query.run(db, scope, period);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 0.5), percentile(times, 0.95)];
}

export async function run(): Promise<BenchTable[]> {
  const unavailable = postgresUnavailableReason();
  if (unavailable) return [{ title: 'statistics queries (skipped)', columns: ['reason'], rows: [[unavailable]] }];
  const server = await startPostgres();
  const db = await openDatabase({ databaseUrl: await server.createDatabase('stats_bench'), pgliteDir: null });
  try {
    const generating = performance.now();
    await generate(db);
    const generated = (performance.now() - generating) / 1000;
    const rows: (string | number)[][] = [];
    for (const query of QUERIES) {
      for (let p = 0; p < PERIODS.length; p++) {
        const [countyP50, countyP95] = await measure(db, query, null, p);
        const [siteP50, siteP95] = await measure(db, query, ['SITE-07'], p);
        rows.push([query.name, PERIODS[p]!.label, countyP50.toFixed(1), countyP95.toFixed(1), siteP50.toFixed(1), siteP95.toFixed(1)]);
      }
    }
    return [
      {
        title: `statistics queries on PostgreSQL 15, a generated county-year (${RUNS} runs each, ms)`,
        columns: ['query', 'period', 'county p50', 'county p95', 'one site p50', 'one site p95'],
        rows,
        note: `Generated in ${generated.toFixed(0)} s (the open cases' due days recounted in ${dueDaysSeconds.toFixed(1)} s): 200 terminals, 21.9 M visits (as daily roll-ups), 438 000 cases, 2.2 M ratings, 1.75 M health hours. Target: p95 < 500 ms.`,
      },
    ];
  } finally {
    await db.close();
    await server.stop();
  }
}
