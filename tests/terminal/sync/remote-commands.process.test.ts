// Remote commands end to end: a real hub, a kiosk booted as in the hall (simulated devices,
// enrolled with a one-time code), an admin on the hub's HTTP API. What the admin sees in the fleet
// list and what residents see on the kiosk are what is asserted.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral, type RunningCentral } from '../../../central/server.ts';
import { bootKiosk, type RunningKiosk } from '../../../terminal/boot.ts';
import { CARD_FIXTURES } from '../../../drivers/sim/fixtures/cards.ts';
import { adminRequest, newEnrollmentCode } from '../../support/hub-admin.ts';
import { eventually, fleetRowWhen, remoteCommands } from '../../support/remote-command-rig.ts';
import { hashPin } from '../../../terminal/technician/pin-hash.ts';

describe('remote commands between a hub and a booted kiosk', () => {
  let dir: string;
  let hub: RunningCentral;
  let kiosk: RunningKiosk;
  let terminalId: string;

  const patience = { timeoutMs: 30_000 };
  const { send, answered } = remoteCommands(() => hub, () => terminalId, patience);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-remote-'));
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    const configPath = join(dir, 'kiosk.json');
    // 5 s is the shortest heartbeat the configuration allows: each command takes one or two.
    writeFileSync(configPath, JSON.stringify({ central: { url: hub.url, heartbeatSeconds: 5 }, technician: { pinHash: hashPin('246810') } }));
    kiosk = await bootKiosk({ configPath, dataDir: join(dir, 'data'), enrollCode: await newEnrollmentCode(hub) });
    await kiosk.api.reportFrame({});
    terminalId = (await fleetRowWhen(hub, 'the first heartbeat', (t) => t.lastHeartbeatAt !== null, patience)).terminalId;
  });
  afterAll(async () => {
    await kiosk?.close();
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the fleet list shows the screen alive, the free disk and the version the kiosk reported', async () => {
    // The first heartbeat left before the UI drew; the next one carries the frame.
    const row = await fleetRowWhen(hub, 'a heartbeat with a rendered frame', (r) => r.terminalId === terminalId && r.screen?.lastFrameAgeSeconds != null, patience);
    assert.notEqual(row.health.state, 'offline');
    assert.ok(row.screen && row.screen.lastFrameAgeSeconds !== null && row.screen.lastFrameAgeSeconds < 30, JSON.stringify(row.screen));
    assert.ok(row.freeDiskBytes !== null && row.freeDiskBytes > 0);
    assert.match(row.softwareVersion, /\d+\.\d+/);
  });

  test('out of service: residents see the admin\'s notice and cannot start a visit; the fleet shows why; back in service', async () => {
    const notice = '本机维护中，请到3号窗口办理。';
    const closing = await send({ type: 'out-of-service', on: true, message: notice });
    assert.equal((await answered(closing.commandId)).state, 'done');
    assert.deepEqual((await kiosk.api.getStatus({})).outOfService, { message: notice });
    await assert.rejects(kiosk.api.startAnonymousSession({}), (err: Error) => err.message === notice);
    const row = await fleetRowWhen(hub, 'the out-of-service warning', (r) => r.terminalId === terminalId && r.alerts.includes('out-of-service'), patience);
    assert.ok(row.health.reasons.some((reason) => /out of service/.test(reason)), row.health.reasons.join('; '));

    const reopening = await send({ type: 'out-of-service', on: false });
    assert.equal((await answered(reopening.commandId)).state, 'done');
    assert.equal((await kiosk.api.getStatus({})).outOfService, null);
    await kiosk.api.startAnonymousSession({});
    await kiosk.api.endSession({});
  });

  test('collected logs reach the admin and hold nothing of the resident who just used the kiosk', async () => {
    const resident = CARD_FIXTURES[0]!;
    await kiosk.api.simPlaceCard({ cardId: resident.id });
    await eventually('the card session', async () => (await kiosk.api.getStatus({})).session?.resident, patience);
    await kiosk.api.takeQueueTicket({ serviceId: 'queue' }).catch(() => undefined);
    await kiosk.api.endSession({});

    const collect = await send({ type: 'collect-logs' });
    const view = await answered(collect.commandId);
    assert.equal(view.state, 'done');
    assert.equal(view.attachment, 'application/json');
    const response = await fetch(`${hub.url}/v1/admin/commands/${collect.commandId}/attachment`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
    const text = await response.text();
    const bundle = JSON.parse(text) as { kind: string; terminalId: string; devices: unknown; audit: unknown[] };
    assert.equal(bundle.kind, 'kiosk-log-bundle');
    assert.equal(bundle.terminalId, terminalId);
    assert.ok(bundle.audit.length > 0);
    for (const secret of [resident.card.name, resident.card.idNumber, resident.card.address]) {
      assert.ok(!text.includes(secret), `the bundle must not contain "${secret}"`);
    }
  });

  test('a restart is refused as failed, with the reason, when no supervisor would start the kiosk again', async () => {
    const restart = await send({ type: 'restart' });
    const view = await answered(restart.commandId);
    assert.equal(view.state, 'failed');
    assert.match(view.detail ?? '', /supervisor/);
    assert.ok((await kiosk.api.getStatus({})).site, 'the kiosk still runs');
  });

  test('a technician on site sends a log bundle to the hub from the diagnostics page', async () => {
    assert.deepEqual(await kiosk.api.technicianEnter({ pin: '246810' }), { ok: true });
    assert.equal((await kiosk.api.technicianDiagnostics({})).canUploadToHub, true);
    const { id } = await kiosk.api.technicianUploadLogs({});
    await kiosk.api.technicianLeave({});
    const listed = (await adminRequest(hub, 'GET', `/v1/admin/terminals/${terminalId}/log-bundles`)) as { id: string }[];
    assert.deepEqual(listed.map((b) => b.id), [id]);
    const bundle = (await adminRequest(hub, 'GET', `/v1/admin/log-bundles/${id}`)) as { kind: string; deviceHistory: unknown[] };
    assert.equal(bundle.kind, 'kiosk-log-bundle');
    assert.ok(bundle.deviceHistory.length > 0);
  });

  test('set volume is kept for the UI', async () => {
    const volume = await send({ type: 'set-volume', percent: 35 });
    assert.equal((await answered(volume.commandId)).state, 'done');
    assert.equal((await kiosk.api.getStatus({})).ui.volume, 35);
  });
});
