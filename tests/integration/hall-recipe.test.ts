// README's "A hall with a central hub", command line by command line: the hub, a one-time code
// from kioskctl, the kiosk enrolled with it, journeys from the load driver, and the hub's view.
// Keeps the instructions a technician follows true.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runKioskctl, startCentralProcess } from '../central/helpers/processes.ts';
import { startKioskProcess } from '../support/kiosk-process.ts';

const run = promisify(execFile);
const JOURNEYS = 5;

test('the README hall recipe: hub, kioskctl code, kiosk --enroll, load, kioskctl terminals and transactions', { timeout: 180_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'hall-recipe-'));
  const hubDir = join(root, 'central-data');
  const kioskDir = join(root, 'kiosk-data');
  mkdirSync(kioskDir);
  const central = await startCentralProcess(['--port', '0', '--data-dir', hubDir]);
  let kiosk: Awaited<ReturnType<typeof startKioskProcess>> | undefined;
  try {
    const ctl = (...args: string[]) => runKioskctl(['--url', central.url, '--token-file', join(hubDir, 'admin-token'), ...args]);
    const made = await ctl('enroll-code');
    assert.equal(made.code, 0, made.stderr);
    const code = /enrollment code: (\S+)/.exec(made.stdout)?.[1];
    assert.ok(code, made.stdout);

    kiosk = await startKioskProcess({ dataDir: kioskDir, config: { central: { url: central.url } }, args: ['--enroll', code] });
    const load = await run(process.execPath, ['--import', 'tsx', 'cli/load.ts', '--url', kiosk.url, '--journeys', String(JOURNEYS)]);
    const finished = load.stdout.trim().split('\n').map((line) => JSON.parse(line) as { transactionId: string; ticketNumber: string });
    assert.equal(finished.length, JOURNEYS);
    assert.deepEqual(finished.map((f) => f.ticketNumber), ['A001', 'A002', 'A003', 'A004', 'A005']);

    const terminals = await ctl('terminals');
    assert.equal(terminals.code, 0, terminals.stderr);
    const terminalId = /^(T[0-9A-Z]{26})\s/m.exec(terminals.stdout)?.[1];
    assert.ok(terminalId, terminals.stdout);

    // Each journey is a ticket and its rating; the kiosk hands them over in the background.
    const until = Date.now() + 60_000;
    let stored: { id: string; kind: string }[] = [];
    while (stored.length < JOURNEYS * 2) {
      assert.ok(Date.now() < until, `the hub holds ${stored.length} of ${JOURNEYS * 2} transactions`);
      await new Promise((r) => setTimeout(r, 500));
      const listed = await ctl('transactions', terminalId);
      assert.equal(listed.code, 0, listed.stderr);
      stored = JSON.parse(listed.stdout);
    }
    const ids = stored.map((t) => t.id);
    for (const journey of finished) assert.equal(ids.filter((id) => id === journey.transactionId).length, 1, `ticket ${journey.ticketNumber} at the hub once`);
    assert.equal(new Set(ids).size, ids.length, 'nothing twice');
    assert.match((await ctl('terminals')).stdout, new RegExp(`${terminalId}\\s+\\S+\\s+.+\\s+online\\s`), 'the kiosk shows online');
  } finally {
    await kiosk?.stop();
    await central.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
