// 办件编号 needs each terminal's number at its hub: given in order at enrollment (1, 2, 3…), the
// same number answered to a repeat of a successful enrollment (a lost answer), a new number for a
// replacement terminal (the old one's cases keep theirs), and never the same number twice.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createCode, enrollTerminal, hubFactory, newKeyPair, signedCall, unsignedCall, type HubUnderTest } from './helpers/hub.ts';
import { signReplacement } from '../../shared/contract/signing.ts';
import { enrollResponseSchema, heartbeatResponseSchema } from '../../shared/contract/schemas.ts';

const healthyBeat = () => ({
  at: new Date().toISOString(),
  softwareVersion: '0.2.0',
  devices: {},
  sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
});

describe('terminal numbers at enrollment', () => {
  let hub: HubUnderTest;
  beforeAll(async () => (hub = await hubFactory(() => null)()));
  afterAll(() => hub?.close());

  const body = async (publicKey: string) => ({ code: await createCode(hub), publicKey, siteCode: 'SITE-1', siteName: '示例镇便民服务中心', softwareVersion: '0.1.0' });

  test('numbers in order; a repeat answers the same number; a replacement gets a new one', async () => {
    const a = newKeyPair();
    const first = await unsignedCall(hub, 'POST', '/v1/enroll', await body(a.publicKey));
    assert.equal(first.status, 201);
    assert.equal(enrollResponseSchema.parse(first.json).terminalNumber, 1);

    const bBody = await body(newKeyPair().publicKey);
    const second = await unsignedCall(hub, 'POST', '/v1/enroll', bBody);
    assert.equal(second.json.terminalNumber, 2);
    const repeat = await unsignedCall(hub, 'POST', '/v1/enroll', bBody);
    assert.equal(repeat.status, 200);
    assert.equal(repeat.json.terminalId, second.json.terminalId);
    assert.equal(repeat.json.terminalNumber, 2, 'a lost answer asked again gets the same number');

    // Terminal 1 enrolls again with a new key (replaced disk, re-provisioned): a new number.
    const c = newKeyPair();
    const replacement = await unsignedCall(hub, 'POST', '/v1/enroll', {
      ...(await body(c.publicKey)),
      replaces: { terminalId: first.json.terminalId, signature: signReplacement(a.privateKey, first.json.terminalId, c.publicKey) },
    });
    assert.equal(replacement.status, 201);
    assert.equal(replacement.json.terminalNumber, 3);

    // A refused enrollment (code used) takes no number: the next success is 4.
    const used = await unsignedCall(hub, 'POST', '/v1/enroll', { ...bBody, publicKey: newKeyPair().publicKey });
    assert.equal(used.status, 409);
    const fourth = await unsignedCall(hub, 'POST', '/v1/enroll', await body(newKeyPair().publicKey));
    assert.equal(fourth.json.terminalNumber, 4);
  });

  test('every heartbeat answer names the number, for kiosks enrolled before numbering', async () => {
    const terminal = await enrollTerminal(hub);
    const beat = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', { body: healthyBeat() });
    assert.equal(beat.status, 200);
    assert.equal(heartbeatResponseSchema.parse(beat.json).terminalNumber, 5);
  });
});
