import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { appEntryUrl, appOrigin } from '../../electron/policy/app-origin.ts';
import { isTrustedIpcSender, maxIpcRequestBytes, parseIpcRequest, type IpcSender } from '../../electron/policy/ipc.ts';

describe('isTrustedIpcSender', () => {
  const expected = { webContentsId: 7, appOrigin };
  const kioskPage: IpcSender = { senderUrl: appEntryUrl, senderFrameIsMain: true, webContentsId: 7 };

  test('the kiosk window main frame on the app page is trusted', () => {
    assert.equal(isTrustedIpcSender(kioskPage, expected), true);
    assert.equal(isTrustedIpcSender({ ...kioskPage, senderUrl: `${appEntryUrl}#/rating` }, expected), true);
  });

  test('a subframe of the kiosk page is refused', () => {
    assert.equal(isTrustedIpcSender({ ...kioskPage, senderFrameIsMain: false }, expected), false);
  });

  test('another webContents is refused, even showing the app page', () => {
    assert.equal(isTrustedIpcSender({ ...kioskPage, webContentsId: 8 }, expected), false);
  });

  test('a foreign or odd URL in the kiosk window is refused', () => {
    for (const senderUrl of ['https://evil.example/', 'file:///tmp/x.html', 'about:blank', 'kiosk://app@evil/index.html', `${appOrigin}/other.html`, null]) {
      assert.equal(isTrustedIpcSender({ ...kioskPage, senderUrl }, expected), false, String(senderUrl));
    }
  });

  test('before the window exists nobody is trusted', () => {
    assert.equal(isTrustedIpcSender(kioskPage, { webContentsId: null, appOrigin }), false);
  });
});

describe('parseIpcRequest', () => {
  test('a well-formed request passes through unchanged', () => {
    const message = { type: 'request', id: 3, method: 'takeQueueTicket', params: { serviceId: 'queue' } };
    assert.deepEqual(parseIpcRequest(message), { ok: true, message });
  });

  test('malformed payloads are refused with a reason', () => {
    const cycle: Record<string, unknown> = { type: 'request', id: 1, method: 'getStatus' };
    cycle.params = cycle;
    const bad: [string, unknown][] = [
      ['undefined', undefined],
      ['null', null],
      ['a string', 'getStatus'],
      ['a number', 42],
      ['an array', [1, 2]],
      ['wrong type tag', { type: 'response', id: 1, method: 'getStatus', params: {} }],
      ['negative id', { type: 'request', id: -1, method: 'getStatus', params: {} }],
      ['fractional id', { type: 'request', id: 1.5, method: 'getStatus', params: {} }],
      ['string id', { type: 'request', id: '1', method: 'getStatus', params: {} }],
      ['missing method', { type: 'request', id: 1, params: {} }],
      ['method not a string', { type: 'request', id: 1, method: { name: 'x' }, params: {} }],
      ['extra key', { type: 'request', id: 1, method: 'getStatus', params: {}, admin: true }],
      ['a cycle', cycle],
      ['a BigInt', { type: 'request', id: 1, method: 'getStatus', params: { n: 1n } }],
      ['too large', { type: 'request', id: 1, method: 'getStatus', params: { blob: 'x'.repeat(maxIpcRequestBytes) } }],
    ];
    for (const [name, payload] of bad) {
      const result = parseIpcRequest(payload);
      assert.equal(result.ok, false, name);
      if (!result.ok) assert.ok(result.reason.length > 0, name);
    }
  });

  test('what is passed on is a plain JSON copy, not the original object', () => {
    let reads = 0;
    const sneaky = {
      type: 'request',
      id: 1,
      method: 'getStatus',
      get params() {
        reads += 1;
        return reads === 1 ? {} : { evil: true };
      },
    };
    const result = parseIpcRequest(sneaky);
    assert.equal(result.ok, true);
    if (result.ok) assert.deepEqual(result.message.params, {});
  });
});
