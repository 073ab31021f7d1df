// `npm run soak -- --journeys N [--services all] [--shell browser]`: endurance as a measured
// property (issue 28). Drives N mixed journeys through the real kiosk core (and, with --shell
// browser, the real UI in Chromium) and prints a table every 1 000 journeys (N/10 for fewer than
// 10 000): the core's heap after a forced collection, RSS, descriptors, event-loop delay p99,
// the database and its WAL, and the page's heap, DOM nodes and Chromium's RSS. Then the growth
// after warm-up, per journey, from the series.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { KioskConnection } from '../../cli/load.ts';
import { startKioskUnderSoak, SOAK_IDLE_SECONDS } from './kiosk-under-soak.ts';
import { runCoreJourney, servicesToSoak, type JourneyContext } from './core-journeys.ts';
import { growth, tableHeader, tableRow, type Row } from './table.ts';
import { startBrowserResident, type BrowserResident } from './browser-resident.ts';

const usage = `usage: npm run soak -- --journeys N [--services queue-ticket|all] [--shell none|browser] [--every K] [--warmup W] [--walk-away-every M] [--heap-snapshots DIR] [--standalone]
  --journeys N         journeys to drive
  --services S         queue-ticket (default, as the last review measured) or all: every service the kiosk can run in turn
  --shell browser      through the real UI in Chromium (Playwright); none (default): through KioskApi over the shell's WebSocket
  --every K            a table row every K journeys (default 1000, or N/10 when N < 10000)
  --warmup W           growth is computed from the row at W journeys on (default: the first row after 0)
  --walk-away-every M  every M-th resident walks away and the idle timer wipes the visit (default 100)
  --heap-snapshots DIR the kiosk's heap written to DIR after warm-up and at the end (compare them in Chrome DevTools' Memory tab)
  --standalone         no hub (the demo hub otherwise runs in this driver's process, not the kiosk's)`;

function options() {
  const { values } = parseArgs({
    options: {
      journeys: { type: 'string' },
      services: { type: 'string', default: 'queue-ticket' },
      shell: { type: 'string', default: 'none' },
      every: { type: 'string' },
      warmup: { type: 'string' },
      'walk-away-every': { type: 'string', default: '100' },
      standalone: { type: 'boolean', default: false },
      'heap-snapshots': { type: 'string' },
    },
  });
  const whole = (name: string, text: string | undefined, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number from ${min}, got "${text}"`);
    return n;
  };
  const journeys = whole('journeys', values.journeys, 1);
  if (values.services !== 'all' && values.services !== 'queue-ticket') throw new Error(`--services must be queue-ticket or all, got "${values.services}"`);
  if (values.shell !== 'none' && values.shell !== 'browser') throw new Error(`--shell must be none or browser, got "${values.shell}"`);
  const every = values.every ? whole('every', values.every, 1) : journeys >= 10_000 ? 1000 : Math.max(1, Math.ceil(journeys / 10));
  return {
    journeys,
    services: values.services as 'all' | 'queue-ticket',
    browser: values.shell === 'browser',
    every,
    warmup: values.warmup ? whole('warmup', values.warmup, 0) : every,
    walkAwayEvery: whole('walk-away-every', values['walk-away-every'], 1),
    standalone: values.standalone,
    snapshotDir: values['heap-snapshots'],
  };
}

/** The hub's sample guides and matters reach the kiosk with its first pulls: wait for them. */
async function waitForContent(conn: KioskConnection): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    await conn.call('startAnonymousSession', {});
    const { guideCount } = await conn.call('infoOverview', {});
    await conn.call('endSession', {});
    if (guideCount > 0) return;
    if (Date.now() > until) throw new Error('the hub’s sample guides did not reach the kiosk within 60 s');
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A resident places the card, starts, and walks away: the idle timer ends the visit. */
async function walkAway(ctx: JourneyContext): Promise<void> {
  const wiped = ctx.conn.waitForEvent('session', (p) => (p as { session: unknown }).session === null, (SOAK_IDLE_SECONDS + 10) * 1000);
  await Promise.all([wiped, ctx.conn.call('startAnonymousSession', {})]);
}

async function main(): Promise<void> {
  let opts;
  try {
    opts = options();
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
  const kiosk = await startKioskUnderSoak({ standalone: opts.standalone });
  let conn: KioskConnection | undefined;
  let resident: BrowserResident | undefined;
  try {
    conn = await KioskConnection.connect(kiosk.url);
    if (!opts.standalone) await waitForContent(conn);
    const status = await conn.call('getStatus', {});
    if (opts.browser) resident = await startBrowserResident(kiosk.url);
    const kinds = servicesToSoak(status, opts.services).filter((k) => !resident || resident.kinds.includes(k));
    console.log(`soak: ${opts.journeys} journeys (${kinds.join(', ')}${opts.browser ? ', through Chromium' : ', through KioskApi'}); every ${opts.walkAwayEvery}th walks away (idle wipe after ${SOAK_IDLE_SECONDS} s)\n`);
    console.log(tableHeader(opts.browser));
    const rows: Row[] = [];
    const started = Date.now();
    const record = async (journeys: number) => {
      const row: Row = { journeys, seconds: (Date.now() - started) / 1000, ...(await kiosk.sample()), ...(resident ? await resident.sample() : {}) };
      rows.push(row);
      console.log(tableRow(row));
      if (opts.snapshotDir && (journeys === opts.warmup || journeys === opts.journeys)) {
        mkdirSync(opts.snapshotDir, { recursive: true });
        await kiosk.heapSnapshot(join(resolve(opts.snapshotDir), `kiosk-${journeys}.heapsnapshot`));
      }
    };
    await record(0);
    const cases: string[] = [];
    const failures: string[] = [];
    for (let n = 1; n <= opts.journeys; n++) {
      const kind = kinds[n % kinds.length]!;
      const ctx: JourneyContext = { conn, status, n, cases };
      try {
        if (n % opts.walkAwayEvery === 0) await (resident ? resident.walkAway() : walkAway(ctx));
        else if (resident) await resident.journey(kind, n);
        else await runCoreJourney(kind, ctx);
      } catch (err) {
        failures.push(`journey ${n} (${kind}): ${(err as Error).message.split('\n')[0]}`);
        console.error(`soak: ${failures.at(-1)}`);
        if (failures.length > Math.max(5, opts.journeys / 20)) throw new Error(`too many failed journeys:\n${failures.slice(-5).join('\n')}`);
        await conn.call('endSession', {}).catch(() => undefined);
        await resident?.recover();
      }
      if (cases.length > 50) cases.splice(0, cases.length - 50);
      if (n % opts.every === 0 || n === opts.journeys) await record(n);
    }
    const after = rows.filter((r) => r.journeys >= opts.warmup);
    const line = (name: string, value: (r: Row) => number | undefined, unit: string) => {
      const g = growth(after, value);
      if (g) console.log(`  ${name}: ${(g.perJourney * 1000).toFixed(3)} ${unit} per 1 000 journeys, ${g.percent >= 0 ? '+' : ''}${g.percent.toFixed(2)} % over the run`);
    };
    console.log(`\nafter ${opts.warmup} journeys of warm-up (${failures.length} journeys failed${failures.length ? `; first: ${failures[0]}` : ''}):`);
    line('core heap', (r) => r.heapMb, 'MB');
    line('core RSS', (r) => r.rssMb, 'MB');
    line('descriptors', (r) => r.fds, '');
    line('database + WAL', (r) => r.dbKb + r.walKb, 'KB');
    line('page heap', (r) => r.rendererHeapMb, 'MB');
    line('DOM nodes', (r) => r.domNodes, '');
    line('page listeners', (r) => r.jsListeners, '');
  } finally {
    conn?.close();
    await resident?.close();
    await kiosk.close();
  }
}

await main();
