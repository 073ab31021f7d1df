// The kiosk as a real child process behind a flaky link, killed with SIGKILL at random moments
// during a stream of journeys and restarted on the same data dir. At the end every transaction the
// kiosk holds must be at the hub exactly once, and nothing personal may remain on the kiosk.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { startCentral } from '../../central/server.ts';
import { startFaultProxy, type Fault } from '../support/fault-proxy.ts';
import { startKioskProcess, type KioskProcess } from '../support/kiosk-process.ts';
import { KioskConnection, runLoad, type JourneyResult } from '../../cli/load.ts';
import { compare, hubTransactions } from '../terminal/sync/sync-harness.ts';
import { newEnrollmentCode } from '../support/hub-admin.ts';

// CI runs a short stream; a soak run raises both (the test's limit grows with the journeys):
//   KILL9_JOURNEYS=300 KILL9_KILLS=12 npx vitest run tests/faults/kill9.test.ts
const KILLS = Number(process.env.KILL9_KILLS ?? 3);

function childPids(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}
const JOURNEYS = Number(process.env.KILL9_JOURNEYS ?? 40);

/** About one request in four meets a fault of some kind. */
function flakyLink(): Fault {
  const r = Math.random();
  if (r < 0.05) return { kind: 'status', status: 500 };
  if (r < 0.1) return { kind: 'too-many', retryAfter: 1 };
  if (r < 0.15) return { kind: 'reset-mid-response' };
  if (r < 0.2) return { kind: 'drop-answer' };
  if (r < 0.25) return { kind: 'delay', ms: 400 };
  return { kind: 'pass' };
}

test(`kill -9 ${KILLS}× during ${JOURNEYS} journeys over a flaky link: 0 lost, 0 duplicated`, { timeout: Math.max(180_000, JOURNEYS * 3_000) }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-kill9-'));
  const dataDir = join(root, 'data');
  const central = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
  const proxy = await startFaultProxy({ target: central.url });
  proxy.setDefault(flakyLink);
  const config = { central: { url: proxy.url } };
  let kiosk: KioskProcess = await startKioskProcess({ dataDir, config, args: ['--enroll', await newEnrollmentCode(central)], timeoutMs: 60_000 });
  try {
    let kills = 0;
    let restarting: Promise<void> | null = null;
    const killer = (async () => {
      while (kills < KILLS) {
        await new Promise((r) => setTimeout(r, 3_000 + Math.random() * 4_000));
        const victim = kiosk;
        const exited = new Promise((r) => victim.child.once('exit', r));
        // The kiosk's helpers (socat pseudo-terminals of the simulated devices) would outlive it
        // as orphans; a power cut takes them too, so they are killed right after the kiosk.
        const helpers = childPids(victim.child.pid!);
        victim.child.kill('SIGKILL');
        for (const pid of helpers) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        kills++;
        restarting = (async () => {
          await exited;
          kiosk = await startKioskProcess({ dataDir, config, timeoutMs: 60_000 });
        })();
        await restarting;
      }
    })();
    const finished: JourneyResult[] = [];
    let unfinished = 0;
    await runLoad({
      url: async () => {
        await restarting;
        return kiosk.url;
      },
      journeys: JOURNEYS,
      onFinished: (r) => finished.push(r),
      onUnfinished: () => unfinished++,
    });
    await killer;

    // Link healthy again: let the kiosk drain, watching its sync status through KioskApi.
    proxy.setDefault({ kind: 'pass' });
    const conn = await KioskConnection.connect(kiosk.url);
    const until = Date.now() + 60_000;
    for (;;) {
      const { sync } = await conn.call('getStatus', {});
      if (sync.pending === 0) break;
      assert.ok(Date.now() < until, `kiosk did not drain: ${JSON.stringify(sync)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    conn.close();
    assert.equal(await kiosk.stop(), 0);

    const db = new Database(join(dataDir, 'kiosk.db'), { readonly: true });
    const kioskIds = (db.prepare('SELECT id FROM transactions').pluck().all() as string[]);
    const personalLeft = db.prepare('SELECT COUNT(*) FROM transactions WHERE personal IS NOT NULL').pluck().get() as number;
    db.close();
    const hub = await hubTransactions(central);
    const all = compare(kioskIds, hub);
    const journeys = compare(finished.map((f) => f.transactionId), hub);
    const faults = proxy.log.filter((e) => e.fault !== 'pass').length;
    console.log(
      `kill9: ${kills} kills, ${finished.length} journeys finished, ${unfinished} cut off, ${kioskIds.length} kiosk transactions, ` +
        `${hub.length} at hub, ${faults} injected faults; lost ${all.lost.length}, duplicated ${all.duplicated.length}`,
    );
    assert.equal(kills, KILLS);
    assert.equal(finished.length, JOURNEYS);
    assert.deepEqual({ lost: journeys.lost, duplicated: journeys.duplicated }, { lost: [], duplicated: [] }, 'every finished journey is at the hub once');
    assert.deepEqual({ lost: all.lost, duplicated: all.duplicated }, { lost: [], duplicated: [] }, 'every kiosk transaction is at the hub once');
    assert.equal(hub.length, kioskIds.length, 'the hub holds nothing the kiosk did not make');
    assert.equal(personalLeft, 0, 'nothing personal is left on the kiosk after acknowledgement');
  } finally {
    await kiosk.stop().catch(() => undefined);
    await proxy.close();
    await central.close();
    rmSync(root, { recursive: true, force: true });
  }
});
