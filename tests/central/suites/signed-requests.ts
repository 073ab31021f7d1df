import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import {
  adminCall,
  enrollTerminal,
  newKeyPair,
  signedCall,
  signedRequest,
  type HubFactory,
  type HubUnderTest,
  type TestTerminal,
} from '../helpers/hub.ts';

const beat = {
  at: new Date().toISOString(),
  softwareVersion: '0.1.1',
  devices: { printer: { state: 'no-paper' }, cardReader: { state: 'connected' } },
  sync: { pending: 3, oldestPendingAgeSeconds: 42, lastSuccessAt: null, lastError: 'connect ECONNREFUSED' },
};

export function signedRequestsSuite(startHub: HubFactory): void {
  describe('signed terminal requests', () => {
    let hub: HubUnderTest;
    let terminal: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      terminal = await enrollTerminal(hub);
    });
    afterAll(() => hub?.close());

    test('a well-signed heartbeat is accepted and shows in the fleet view', async () => {
      const response = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat });
      assert.equal(response.status, 200);
      assert.deepEqual(response.json.commands, []);
      assert.ok(Math.abs(Date.parse(response.json.serverTime) - Date.now()) < 5_000);
      const [row] = (await adminCall(hub, 'GET', '/v1/admin/terminals')).json;
      assert.equal(row.terminalId, terminal.terminalId);
      assert.equal(row.online, true);
      assert.equal(row.softwareVersion, '0.1.1');
      assert.deepEqual(row.sync, beat.sync);
      assert.deepEqual(row.devices, beat.devices);
      assert.ok(Date.now() - Date.parse(row.lastHeartbeatAt) < 5_000);
    });

    test('a signature by another key is refused as bad-signature', async () => {
      const response = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat, signWith: newKeyPair().privateKey });
      assert.equal(response.status, 401);
      assert.equal(response.json.error, 'bad-signature');
    });

    test('a body changed after signing is refused as bad-signature', async () => {
      const response = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', {
        body: beat,
        sendBodyText: JSON.stringify({ ...beat, softwareVersion: '6.6.6' }),
      });
      assert.equal(response.status, 401);
      assert.equal(response.json.error, 'bad-signature');
    });

    test('a request signed for another path is refused', async () => {
      const forged = signedRequest(hub, terminal, 'GET', '/v1/documents/config');
      const response = await fetch(`${hub.url}/v1/documents/catalog`, { headers: { ...forged.headers } });
      assert.equal(response.status, 401);
      assert.equal(((await response.json()) as { error: string }).error, 'bad-signature');
    });

    test('a timestamp more than 300 s off is refused as stale, either way', async () => {
      for (const offset of [-301_000, 301_000]) {
        const response = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat, timestamp: String(Date.now() + offset) });
        assert.equal(response.status, 401, `offset ${offset}`);
        assert.equal(response.json.error, 'stale-timestamp');
      }
      const withinWindow = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat, timestamp: String(Date.now() - 200_000) });
      assert.equal(withinWindow.status, 200);
    });

    test('the same request sent twice is refused the second time as replayed', async () => {
      const request = signedRequest(hub, terminal, 'POST', '/v1/heartbeat', { body: beat });
      assert.equal((await request.send()).status, 200);
      const replay = await request.send();
      assert.equal(replay.status, 401);
      assert.equal(replay.json.error, 'replayed-nonce');
    });

    test('a forged request does not burn the nonce of the real one', async () => {
      const nonce = 'ab'.repeat(16);
      const forged = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat, nonce, signWith: newKeyPair().privateKey });
      assert.equal(forged.json.error, 'bad-signature');
      const real = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: beat, nonce });
      assert.equal(real.status, 200);
    });

    test('an unknown terminal id is refused', async () => {
      const stranger = { ...terminal, terminalId: 'T01J00000000000000000000000' };
      const response = await signedCall(hub, stranger, 'POST', '/v1/heartbeat', { body: beat });
      assert.equal(response.status, 401);
      assert.equal(response.json.error, 'unknown-terminal');
    });

    test('an unsigned request is refused with missing-signature', async () => {
      const response = await fetch(`${hub.url}/v1/documents/catalog`);
      assert.equal(response.status, 401);
      assert.equal(((await response.json()) as { error: string }).error, 'missing-signature');
    });

    test('a heartbeat with a wrong shape is refused naming the field', async () => {
      const response = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: { ...beat, sync: { ...beat.sync, pending: -1 } } });
      assert.equal(response.status, 400);
      assert.equal(response.json.issues[0].path, 'sync.pending');
    });
  });
}
