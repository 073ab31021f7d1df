// A terminal that rolled back by itself, as the admin sees it with kioskctl against a hub run
// in-process: a warning naming the version it left and why, until an admin acknowledges it (who
// and when are kept); the same report repeated by later heartbeats stays acknowledged, and a new
// rollback shows again.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, enrollTerminal, hubFactory, signedCall, type HubUnderTest, type TestTerminal } from './helpers/hub.ts';
import { runKioskctl } from './helpers/processes.ts';

const startHub = hubFactory(() => null);

const beat = (version: string, failures: { version: string; reason: string; at: string }[]) => ({
  at: new Date().toISOString(),
  softwareVersion: version,
  devices: {},
  sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
  screen: { lastFrameAgeSeconds: 1, uptimeSeconds: 600 },
  alerts: [],
  freeDiskBytes: 10 * 1024 ** 3,
  update: { failures },
});

// The reason as the supervisor writes it (supervisor/updater/switcher.ts; pinned in tests/supervisor/updater/switcher.test.ts).
const rolledBack03 = { version: '0.3.0', reason: '0.3.0 exited with status 1 before it was healthy; back on 0.2.0', at: '2026-12-07T01:00:00.000Z' };
const rolledBack04 = { version: '0.4.0', reason: '0.4.0 did not report healthy within 30 s: no frame drawn (the UI never rendered); back on 0.2.0', at: '2026-12-07T02:00:00.000Z' };
// Refused before installing: the terminal never left its version, so nothing to warn about.
const refused = { version: '0.5.0', reason: 'the manifest of 0.5.0 is not signed by the release key this terminal trusts', at: '2026-12-07T03:00:00.000Z' };

describe('a rolled-back terminal in kioskctl terminals', { timeout: 120_000 }, () => {
  let hub: HubUnderTest;
  let terminal: TestTerminal;
  const ctl = (...args: string[]) => runKioskctl(['--url', hub.url, ...args], { CENTRAL_ADMIN_TOKEN: hub.adminToken });
  const lineOf = async () => {
    const table = await ctl('terminals');
    assert.equal(table.code, 0, table.stderr);
    return table.stdout.split('\n').find((l) => l.startsWith(terminal.terminalId)) ?? '';
  };

  beforeAll(async () => {
    hub = await startHub();
    terminal = await enrollTerminal(hub);
  });
  afterAll(() => hub?.close());

  test('shows a warning with the version it left and why, not plain healthy', async () => {
    assert.equal((await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat('0.2.0', [rolledBack03, refused]) })).status, 200);
    const line = await lineOf();
    assert.match(line, /WARNING: rolled back by itself from 0\.3\.0 to 0\.2\.0: 0\.3\.0 exited with status 1 before it was healthy/);
    assert.doesNotMatch(line, /healthy\s*$|0\.5\.0/);
  });

  test('ack-rollback clears it and records who and when; the repeated report stays acknowledged', async () => {
    const acked = await ctl('terminals', 'ack-rollback', terminal.terminalId, '--by', '王科长');
    assert.equal(acked.code, 0, acked.stderr);
    assert.match(acked.stdout, /acknowledged: .* rolled back from 0\.3\.0 to 0\.2\.0 .* by 王科长 \(admin token\) at \d{4}-/);
    await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat('0.2.0', [rolledBack03, refused]) });
    assert.match(await lineOf(), /\bhealthy$/);
    const log = (await adminCall(hub, 'GET', '/v1/admin/log')).json as { action: string; terminalId: string; detail: string }[];
    assert.ok(log.some((e) => e.action === 'rollback acknowledged' && e.terminalId === terminal.terminalId && /0\.3\.0 → 0\.2\.0.*王科长/.test(e.detail)), JSON.stringify(log));
    const again = await ctl('terminals', 'ack-rollback', terminal.terminalId);
    assert.match(again.stdout, /no rollback waiting to be acknowledged/);
  });

  test('a new rollback shows again', async () => {
    await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat('0.2.0', [rolledBack04, rolledBack03]) });
    assert.match(await lineOf(), /WARNING: rolled back by itself from 0\.4\.0 to 0\.2\.0: 0\.4\.0 did not report healthy within 30 s/);
  });

  test('an unknown terminal or a missing id is refused in words', async () => {
    const unknown = await ctl('terminals', 'ack-rollback', '01JT0000000000000000000000');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no terminal 01JT0000000000000000000000 is enrolled here/);
    const missing = await ctl('terminals', 'ack-rollback');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /needs a terminal id/);
  });
});
