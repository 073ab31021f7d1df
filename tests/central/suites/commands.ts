// Remote commands and the fleet's health classes, end to end through the hub's HTTP API, as a
// terminal and an admin would see them.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { verifyCommand } from '../../../shared/contract/signing.ts';
import { signedCommandSchema } from '../../../shared/contract/schemas.ts';
import { adminCall, enrollTerminal, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';

const healthyBeat = () => ({
  at: new Date().toISOString(),
  softwareVersion: '0.2.0',
  devices: { printer: { state: 'ready' }, cardReader: { state: 'connected' } },
  sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
  screen: { lastFrameAgeSeconds: 2, uptimeSeconds: 600 },
  alerts: [],
  freeDiskBytes: 20 * 1024 ** 3,
});

async function terminalRow(hub: HubUnderTest, terminalId: string) {
  const list = (await adminCall(hub, 'GET', '/v1/admin/terminals')).json as { terminalId: string; health: { state: string; reasons: string[] } }[];
  return list.find((t) => t.terminalId === terminalId)!;
}

export function commandsSuite(startHub: HubFactory): void {
  describe('fleet health', () => {
    let hub: HubUnderTest;
    let terminal: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      terminal = await enrollTerminal(hub);
    });
    afterAll(() => hub?.close());

    test('a terminal that never sent a heartbeat is offline, and one that reports all well is healthy', async () => {
      assert.deepEqual((await terminalRow(hub, terminal.terminalId)).health, { state: 'offline', reasons: ['never sent a heartbeat'] });
      assert.equal((await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: healthyBeat() })).status, 200);
      const row = await terminalRow(hub, terminal.terminalId);
      assert.deepEqual(row.health, { state: 'healthy', reasons: [] });
    });

    test('a live process with a dead screen is an alarm, and says so', async () => {
      await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: { ...healthyBeat(), screen: { lastFrameAgeSeconds: 400, uptimeSeconds: 3600 } } });
      const { health } = await terminalRow(hub, terminal.terminalId);
      assert.equal(health.state, 'alarm');
      assert.match(health.reasons[0]!, /screen dead.*7 min ago/);
    });

    test('paper low and an old backlog are warnings; out of paper makes it an alarm with the warnings after', async () => {
      const backlog = { pending: 12, oldestPendingAgeSeconds: 3600, lastSuccessAt: null, lastError: 'connect ECONNREFUSED' };
      await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: { ...healthyBeat(), sync: backlog, alerts: ['paper-low', 'backlog-old'] } });
      let { health } = await terminalRow(hub, terminal.terminalId);
      assert.equal(health.state, 'warning');
      assert.deepEqual(health.reasons, ['printer paper low', 'unsent transactions waiting: 12, oldest 60 min']);
      await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: { ...healthyBeat(), sync: backlog, alerts: ['backlog-old', 'paper-out'] } });
      ({ health } = await terminalRow(hub, terminal.terminalId));
      assert.equal(health.state, 'alarm');
      assert.equal(health.reasons[0], 'printer out of paper');
    });

    test('a terminal silent for more than 3 minutes by central\'s clock is offline', async () => {
      await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: healthyBeat() });
      hub.clockOffsetMs = 4 * 60_000;
      try {
        const row = await terminalRow(hub, terminal.terminalId);
        assert.equal(row.health.state, 'offline');
        assert.match(row.health.reasons[0]!, /no heartbeat for 4 min/);
      } finally {
        hub.clockOffsetMs = 0;
      }
    });

    test('a heartbeat with an alert code the contract does not know is refused naming the field', async () => {
      const response = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: { ...healthyBeat(), alerts: ['on-fire'] } });
      assert.equal(response.status, 400);
      assert.match(response.json.message, /alerts\.0/);
    });
  });

  describe('remote commands', () => {
    let hub: HubUnderTest;
    let terminal: TestTerminal;
    let other: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      terminal = await enrollTerminal(hub);
      other = await enrollTerminal(hub, 'SITE-2');
    });
    afterAll(() => hub?.close());

    const send = (to: TestTerminal, body: unknown) => adminCall(hub, 'POST', `/v1/admin/terminals/${to.terminalId}/commands`, body);
    const beat = async (as: TestTerminal) => {
      const response = await signedCall(hub, as, 'POST', '/v1/heartbeat', { body: healthyBeat() });
      assert.equal(response.status, 200);
      return (response.json.commands as unknown[]).map((c) => signedCommandSchema.parse(c));
    };

    test('a queued command arrives signed by central in the next heartbeat answer, and again until answered', async () => {
      const queued = await send(terminal, { command: { type: 'out-of-service', on: true, message: '本机维护中，请到3号窗口办理。' } });
      assert.equal(queued.status, 201);
      assert.equal(queued.json.state, 'pending');
      const [first] = await beat(terminal);
      assert.ok(first);
      assert.equal(first.envelope.id, queued.json.commandId);
      assert.equal(first.envelope.terminalId, terminal.terminalId);
      assert.deepEqual(first.envelope.command, { type: 'out-of-service', on: true, message: '本机维护中，请到3号窗口办理。' });
      assert.ok(verifyCommand(terminal.centralPublicKey, first), 'signed with the key the terminal pinned');
      const again = await beat(terminal);
      assert.deepEqual(again, [first], 'the same signed bytes are sent again');
      assert.equal((await adminCall(hub, 'GET', `/v1/admin/terminals/${terminal.terminalId}/commands`)).json[0].state, 'delivered');
      assert.deepEqual(await beat(other), [], 'another terminal is not sent it');

      const answered = await signedCall(hub, terminal, 'POST', `/v1/commands/${first.envelope.id}/result`, { body: { status: 'done', detail: 'out of service shown' } });
      assert.deepEqual([answered.status, answered.json], [200, { recorded: true }]);
      assert.deepEqual(await beat(terminal), [], 'an answered command is not sent again');
      const [view] = (await adminCall(hub, 'GET', `/v1/admin/terminals/${terminal.terminalId}/commands`)).json;
      assert.equal(view.state, 'done');
      assert.equal(view.detail, 'out of service shown');
    });

    test('the same result posted twice is recorded once; a different one is a conflict', async () => {
      const { json } = await send(terminal, { command: { type: 'set-volume', percent: 40 } });
      const body = { status: 'done', detail: 'volume 40%' };
      assert.deepEqual((await signedCall(hub, terminal, 'POST', `/v1/commands/${json.commandId}/result`, { body })).json, { recorded: true });
      assert.deepEqual((await signedCall(hub, terminal, 'POST', `/v1/commands/${json.commandId}/result`, { body })).json, { recorded: false });
      const conflict = await signedCall(hub, terminal, 'POST', `/v1/commands/${json.commandId}/result`, { body: { status: 'failed', detail: 'x' } });
      assert.equal(conflict.status, 409);
      assert.equal(conflict.json.error, 'result-conflict');
    });

    test('a terminal cannot answer a command sent to another terminal', async () => {
      const { json } = await send(other, { command: { type: 'restart' } });
      const forged = await signedCall(hub, terminal, 'POST', `/v1/commands/${json.commandId}/result`, { body: { status: 'done', detail: 'restarted' } });
      assert.equal(forged.status, 404);
      assert.equal(forged.json.error, 'unknown-command');
      assert.equal((await adminCall(hub, 'GET', `/v1/admin/terminals/${other.terminalId}/commands`)).json[0].state, 'pending');
    });

    test('a screenshot needs a stated reason, which goes to the admin log, as does viewing the upload', async () => {
      const refused = await send(terminal, { command: { type: 'screenshot' } });
      assert.equal(refused.status, 400);
      assert.equal(refused.json.issues[0].path, 'reason');
      const { json } = await send(terminal, { command: { type: 'screenshot' }, reason: '居民反映屏幕花屏' });
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      await signedCall(hub, terminal, 'POST', `/v1/commands/${json.commandId}/result`, {
        body: { status: 'done', detail: 'screenshot taken', attachment: { contentType: 'image/png', base64: png.toString('base64') } },
      });
      const download = await fetch(`${hub.url}/v1/admin/commands/${json.commandId}/attachment`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
      assert.equal(download.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), png);
      const log = (await adminCall(hub, 'GET', '/v1/admin/log')).json as { action: string; terminalId: string; detail: string }[];
      assert.equal(log[0]!.action, 'attachment viewed');
      const asked = log.find((entry) => entry.action === 'command screenshot');
      assert.ok(asked);
      assert.equal(asked.terminalId, terminal.terminalId);
      assert.match(asked.detail, /reason: 居民反映屏幕花屏/);
    });

    test('an expired command is no longer delivered and shows as expired', async () => {
      const { json } = await send(terminal, { command: { type: 'reload-ui' }, ttlMinutes: 1 });
      hub.clockOffsetMs = 2 * 60_000;
      try {
        // The terminal's request stays within the signature window (300 s) of the moved clock.
        assert.deepEqual((await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: healthyBeat(), timestamp: String(Date.now() + hub.clockOffsetMs) })).json.commands, []);
        const view = (await adminCall(hub, 'GET', `/v1/admin/terminals/${terminal.terminalId}/commands`)).json.find((c: { commandId: string }) => c.commandId === json.commandId);
        assert.equal(view.state, 'expired');
      } finally {
        hub.clockOffsetMs = 0;
      }
    });

    test('a command for an unknown terminal or with a bad parameter is refused with what to fix', async () => {
      const unknown = await adminCall(hub, 'POST', `/v1/admin/terminals/T${'0'.repeat(26)}/commands`, { command: { type: 'restart' } });
      assert.equal(unknown.status, 404);
      const badVolume = await send(terminal, { command: { type: 'set-volume', percent: 140 } });
      assert.equal(badVolume.status, 400);
      assert.equal(badVolume.json.issues[0].path, 'command.percent');
    });
  });
}
