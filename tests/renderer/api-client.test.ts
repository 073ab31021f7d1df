// The renderer's API client over the Electron bridge shape, without a browser: answers reach
// the right caller, errors keep the core's words, events reach listeners, junk is ignored.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { ApiCallError, createApiClient } from '../../renderer/api-client.ts';
import { bridgeTransport } from '../../renderer/transports/bridge-transport.ts';
import type { Transport, TransportHandlers } from '../../renderer/transports/transport.ts';
import type { KioskBridge } from '../../electron/kiosk-bridge.ts';
import type { RequestMessage, ServerMessage } from '../../terminal/api.ts';

function fakeBridge() {
  const sent: RequestMessage[] = [];
  let listener: ((m: ServerMessage) => void) | null = null;
  const bridge: KioskBridge = {
    send: (m) => void sent.push(m),
    onMessage(fn) {
      listener = fn;
      return () => (listener = null);
    },
  };
  return { bridge, sent, deliver: (m: unknown) => listener?.(m as ServerMessage) };
}

test('a call over the bridge resolves with its own response, not another one', async () => {
  const { bridge, sent, deliver } = fakeBridge();
  const api = createApiClient(bridgeTransport(bridge));
  assert.equal(api.isConnected(), true);
  const first = api.call('chooseService', { serviceId: 'queue' });
  const second = api.call('activity', {});
  assert.deepEqual(sent[0], { type: 'request', id: 1, method: 'chooseService', params: { serviceId: 'queue' } });
  deliver({ type: 'response', id: sent[1]!.id, ok: true, result: { ok: true } });
  deliver({ type: 'response', id: sent[0]!.id, ok: false, error: { code: 'no-session', message: '操作已超时，请重新开始。' } });
  assert.deepEqual(await second, { ok: true });
  await assert.rejects(first, (err: unknown) => err instanceof ApiCallError && err.code === 'no-session' && err.message === '操作已超时，请重新开始。');
});

test('events reach their listeners until unsubscribed; malformed messages are ignored', () => {
  const { bridge, deliver } = fakeBridge();
  const api = createApiClient(bridgeTransport(bridge));
  const seen: unknown[] = [];
  const off = api.on('idle', (p) => seen.push(p.secondsLeft));
  deliver({ type: 'event', name: 'idle', payload: { secondsLeft: 9 } });
  deliver({ type: 'event', name: 'launchMissiles', payload: {} });
  deliver('garbage');
  deliver({ type: 'response', id: 'x', ok: true });
  off();
  deliver({ type: 'event', name: 'idle', payload: { secondsLeft: 8 } });
  assert.deepEqual(seen, [9]);
});

test('a dropped link fails pending calls at once, and calls while down fail without waiting', async () => {
  let handlers: TransportHandlers | null = null;
  let up = true;
  const transport: Transport = {
    start(h) {
      handlers = h;
      h.onConnection(true);
    },
    send: () => up,
  };
  const api = createApiClient(transport);
  const states: boolean[] = [];
  api.onConnection((c) => states.push(c));
  const pending = api.call('getStatus', {});
  up = false;
  handlers!.onConnection(false);
  await assert.rejects(pending, (err: unknown) => err instanceof ApiCallError && err.code === 'disconnected');
  await assert.rejects(api.call('activity', {}), (err: unknown) => err instanceof ApiCallError && err.code === 'disconnected');
  assert.deepEqual(states, [false]);
  assert.equal(api.isConnected(), false);
});
