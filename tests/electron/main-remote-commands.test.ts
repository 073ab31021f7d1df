// Remote commands reaching the Electron shell: the real main bundle (with the stand-in for
// Electron, support/fake-electron.cjs, whose capturePage plays Chromium's capture), enrolled with
// a real hub. The admin's screenshot arrives at the hub as the window's PNG, and a restart is
// answered before the kiosk relaunches itself. Chromium's real capture: tests/e2e-electron.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { newEnrollmentCode } from '../support/hub-admin.ts';
import { fleetRowWhen, remoteCommands } from '../support/remote-command-rig.ts';
import { buildMainBundle, startMainProcess, type MainProcess } from './support/main-process.ts';

describe('remote commands in the Electron shell (stand-in for Electron, real hub)', () => {
  let dir: string;
  let hub: RunningCentral;
  let main: MainProcess;
  let terminalId: string;

  const patience = { timeoutMs: 60_000, log: () => `stderr:\n${main?.stderr()}` };
  const { send, answered } = remoteCommands(() => hub, () => terminalId, patience);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-main-commands-'));
    buildMainBundle(dir);
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    const config = join(dir, 'kiosk.json');
    writeFileSync(config, JSON.stringify({ central: { url: hub.url, heartbeatSeconds: 5 } }));
    main = startMainProcess(dir, { args: ['--data-dir', join(dir, 'data'), '--config', config, '--enroll', await newEnrollmentCode(hub)] });
    terminalId = (await fleetRowWhen(hub, 'the first heartbeat', (t) => t.lastHeartbeatAt !== null, patience)).terminalId;
  }, 120_000);

  afterAll(async () => {
    main?.kill();
    await hub?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a screenshot asked for with a reason reaches the hub as the kiosk window's PNG", async () => {
    const asked = await send({ type: 'screenshot' }, '居民反映屏幕花屏');
    const view = await answered(asked.commandId);
    assert.equal(view.state, 'done', view.detail ?? '');
    assert.equal(main.reports.filter((m) => m.kind === 'captured').length, 1);
    const response = await fetch(`${hub.url}/v1/admin/commands/${asked.commandId}/attachment`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    assert.deepEqual([png.width, png.height], [4, 3]);
    assert.deepEqual([...png.data.subarray(4, 8)], [20, 235, 70, 255], 'the pixels the window had');
  });

  test('a restart is answered done at the hub, then the kiosk relaunches itself and exits cleanly', async () => {
    const restart = await send({ type: 'restart' });
    const view = await answered(restart.commandId);
    assert.equal(view.state, 'done', view.detail ?? '');
    assert.equal(await main.exited(20_000), 0, `stderr:\n${main.stderr()}`);
    assert.ok(main.reports.some((m) => m.kind === 'relaunch'), 'app.relaunch was asked for');
  });
});
