import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { adminCall, createCode, newKeyPair, unsignedCall, type HubFactory, type HubUnderTest } from '../helpers/hub.ts';

function enrollBody(code: string, siteCode = 'SITE-1') {
  return { code, publicKey: newKeyPair().publicKey, siteCode, siteName: '示例镇便民服务中心', softwareVersion: '0.1.0' };
}

async function terminalCount(hub: HubUnderTest): Promise<number> {
  return (await adminCall(hub, 'GET', '/v1/admin/terminals')).json.length;
}

export function enrollmentSuite(startHub: HubFactory): void {
  describe('enrollment', () => {
    let hub: HubUnderTest;
    beforeAll(async () => (hub = await startHub()));
    afterAll(() => hub?.close());

    test('a one-time code enrolls one terminal and hands back the central key to pin', async () => {
      const code = await createCode(hub, { siteCode: 'SITE-1' });
      assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      // Typed the way a technician might: lower case, no dashes.
      const first = await unsignedCall(hub, 'POST', '/v1/enroll', enrollBody(code.toLowerCase().replaceAll('-', '')));
      assert.equal(first.status, 201);
      assert.match(first.json.terminalId, /^T[0-9A-Z]{26}$/);
      assert.equal(first.json.centralPublicKey, hub.publicKey);

      const reuse = await unsignedCall(hub, 'POST', '/v1/enroll', enrollBody(code));
      assert.equal(reuse.status, 409);
      assert.equal(reuse.json.error, 'code-used');
      assert.match(reuse.json.message, /already used/);
      const terminals = (await adminCall(hub, 'GET', '/v1/admin/terminals')).json;
      assert.deepEqual(terminals.map((t: { terminalId: string }) => t.terminalId), [first.json.terminalId]);
      assert.equal(terminals[0].siteName, '示例镇便民服务中心');
      assert.equal(terminals[0].lastHeartbeatAt, null);
      assert.equal(terminals[0].online, false);
    });

    test('an unknown code is refused with 404', async () => {
      const response = await unsignedCall(hub, 'POST', '/v1/enroll', enrollBody('ZZZZ-ZZZZ-ZZZZ'));
      assert.equal(response.status, 404);
      assert.equal(response.json.error, 'unknown-code');
    });

    test('an expired code is refused with 410 and enrolls nothing', async () => {
      const before = await terminalCount(hub);
      const code = await createCode(hub, { ttlMinutes: 60 });
      hub.clockOffsetMs = 61 * 60_000;
      try {
        const response = await unsignedCall(hub, 'POST', '/v1/enroll', enrollBody(code));
        assert.equal(response.status, 410);
        assert.equal(response.json.error, 'code-expired');
      } finally {
        hub.clockOffsetMs = 0;
      }
      assert.equal(await terminalCount(hub), before);
    });

    test('the default lifetime is 24 hours', async () => {
      const created = await adminCall(hub, 'POST', '/v1/admin/enrollment-codes', {});
      const hours = (Date.parse(created.json.expiresAt) - Date.now()) / 3_600_000;
      assert.ok(hours > 23.9 && hours <= 24, `expires in ${hours} h`);
    });

    test('a code bound to a site refuses another site and still works for its own', async () => {
      const code = await createCode(hub, { siteCode: 'NORTH' });
      const wrong = await unsignedCall(hub, 'POST', '/v1/enroll', enrollBody(code, 'SOUTH'));
      assert.equal(wrong.status, 403);
      assert.equal(wrong.json.error, 'site-mismatch');
      const right = await unsignedCall(hub, 'POST', '/v1/enroll', enrollBody(code, 'NORTH'));
      assert.equal(right.status, 201);
    });

    test('a malformed request names the bad field and does not use up the code', async () => {
      const code = await createCode(hub);
      const bad = await unsignedCall(hub, 'POST', '/v1/enroll', { ...enrollBody(code), publicKey: 'not-a-key' });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.issues[0].path, 'publicKey');
      const good = await unsignedCall(hub, 'POST', '/v1/enroll', enrollBody(code));
      assert.equal(good.status, 201);
    });

    test('a body that is not JSON is refused with invalid-json', async () => {
      const response = await fetch(`${hub.url}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code":' });
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { error: string }).error, 'invalid-json');
    });

    test('the same code and key again (a lost answer) gets the same terminal back, once', async () => {
      const body = enrollBody(await createCode(hub));
      const before = await terminalCount(hub);
      const first = await unsignedCall(hub, 'POST', '/v1/enroll', body);
      assert.equal(first.status, 201);
      const retry = await unsignedCall(hub, 'POST', '/v1/enroll', body);
      assert.equal(retry.status, 200);
      assert.equal(retry.json.terminalId, first.json.terminalId);
      assert.equal(await terminalCount(hub), before + 1);
    });

    test('one key pair cannot enroll twice', async () => {
      const body = enrollBody(await createCode(hub));
      assert.equal((await unsignedCall(hub, 'POST', '/v1/enroll', body)).status, 201);
      const again = await unsignedCall(hub, 'POST', '/v1/enroll', { ...body, code: await createCode(hub) });
      assert.equal(again.status, 409);
      assert.equal(again.json.error, 'key-already-enrolled');
    });
  });
}
