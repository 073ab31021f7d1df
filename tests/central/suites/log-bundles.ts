// Log bundles a technician sends from a kiosk: stored per terminal, read back by the admin as sent.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, enrollTerminal, signedCall, type HubFactory, type HubUnderTest, type TestTerminal } from '../helpers/hub.ts';

export function logBundlesSuite(startHub: HubFactory): void {
  describe('log bundles from technicians', () => {
    let hub: HubUnderTest;
    let terminal: TestTerminal;
    let other: TestTerminal;
    beforeAll(async () => {
      hub = await startHub();
      terminal = await enrollTerminal(hub);
      other = await enrollTerminal(hub, 'SITE-2');
    });
    afterAll(() => hub?.close());

    test('a signed upload is listed under its terminal only and read back as sent', async () => {
      const bundle = { kind: 'kiosk-log-bundle', site: 'SITE-1', audit: [{ event: 'technician-entered', detail: 'PIN accepted' }] };
      const sent = await signedCall(hub, terminal, 'POST', '/v1/log-bundles', { body: { bundle } });
      assert.equal(sent.status, 201);
      const listed = await adminCall(hub, 'GET', `/v1/admin/terminals/${terminal.terminalId}/log-bundles`);
      assert.deepEqual(listed.json.map((b: { id: string }) => b.id), [sent.json.id]);
      assert.ok(listed.json[0].bytes > 20);
      assert.deepEqual((await adminCall(hub, 'GET', `/v1/admin/terminals/${other.terminalId}/log-bundles`)).json, []);
      assert.deepEqual((await adminCall(hub, 'GET', `/v1/admin/log-bundles/${sent.json.id}`)).json, bundle);
    });

    test('an unsigned upload is refused, and an unknown bundle id is 404', async () => {
      const unsigned = await fetch(`${hub.url}/v1/log-bundles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ bundle: {} }) });
      assert.equal(unsigned.status, 401);
      assert.equal((await adminCall(hub, 'GET', '/v1/admin/log-bundles/999999')).status, 404);
    });
  });
}
