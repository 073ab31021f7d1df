// The renderer's API client over the Electron bridge shape, without a browser: answers reach
// the right caller, errors keep the core's words, events reach listeners, junk is ignored.
import { test, vi } from 'vitest';
import assert from 'node:assert/strict';
import { ApiCallError, createApiClient } from '../../renderer/api-client.ts';
import { bridgeTransport } from '../../renderer/transports/bridge-transport.ts';
import type { Transport, TransportHandlers } from '../../renderer/transports/transport.ts';
import type { KioskBridge } from '../../electron/kiosk-bridge.ts';
import { websocketTransport } from '../../renderer/transports/websocket-transport.ts';
import { encodeFrame } from '../../shared/binary-frame.ts';
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

/** Stands in for the page's WebSocket: records what the client sends, lets the test deliver frames. */
class FakeSocket {
  static OPEN = 1;
  static last: FakeSocket | null = null;
  readyState = FakeSocket.OPEN;
  binaryType = 'blob';
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.last = this;
  }
  send(text: string) {
    this.sent.push(text);
  }
}

test('over the browser shell socket, a spoken clip arrives as a binary frame and resolves with its bytes', async () => {
  vi.stubGlobal('WebSocket', FakeSocket);
  try {
    const api = createApiClient(websocketTransport({ host: '127.0.0.1:9', search: '?token=t0k' }));
    const socket = FakeSocket.last!;
    assert.equal(socket.url, 'ws://127.0.0.1:9/api?token=t0k');
    assert.equal(socket.binaryType, 'arraybuffer', 'frames come as ArrayBuffers: the clip is a view, not a copy');
    socket.onopen!();
    const clip = api.call('speak', { text: '请刷身份证', locale: 'zh-CN' });
    const { id } = JSON.parse(socket.sent[0]!) as { id: number };
    const wav = Uint8Array.of(82, 73, 70, 70, 1, 2, 3);
    const frame = encodeFrame({ type: 'response', id, ok: true, result: { audio: wav, source: 'engine', locale: 'zh-CN', durationMs: 900, fellBack: false } }) as Uint8Array;
    socket.onmessage!({ data: new Uint8Array([1, 2]).buffer }); // a damaged frame is ignored
    socket.onmessage!({ data: frame.slice().buffer });
    const result = await clip;
    assert.ok(result.audio instanceof Uint8Array);
    assert.deepEqual([...result.audio], [...wav]);
    assert.equal(result.durationMs, 900);
    const status = api.call('activity', {});
    socket.onmessage!({ data: JSON.stringify({ type: 'response', id: id + 1, ok: true, result: { ok: true } }) });
    assert.deepEqual(await status, { ok: true }, 'text frames are still plain JSON');
  } finally {
    vi.unstubAllGlobals();
  }
});
