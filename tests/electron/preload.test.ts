// Runs the real preload bundle against a recording stand-in for Electron's contextBridge and
// ipcRenderer, and checks what the page would get: exactly window.kioskBridge { send, onMessage }.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';

async function loadPreload() {
  const result = await build({
    entryPoints: ['electron/preload.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const exposed = new Map<string, unknown>();
  const sent: [string, unknown][] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      send: (channel: string, message: unknown) => sent.push([channel, message]),
      on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(fn)),
      removeListener: (channel: string, fn: (...args: unknown[]) => void) => listeners.get(channel)?.delete(fn),
    },
  };
  const requested: string[] = [];
  const fakeRequire = (name: string) => {
    requested.push(name);
    if (name === 'electron') return electron;
    throw new Error(`the preload must not require ${name}`);
  };
  runInNewContext(code, { require: fakeRequire, module: { exports: {} }, exports: {} });
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((fn) => fn(...args));
  return { exposed, sent, listeners, requested, emit };
}

test('the preload exposes only kioskBridge, with exactly send and onMessage', async () => {
  const { exposed, requested } = await loadPreload();
  assert.deepEqual([...exposed.keys()], ['kioskBridge']);
  const bridge = exposed.get('kioskBridge') as Record<string, unknown>;
  assert.deepEqual(Object.keys(bridge).sort(), ['onMessage', 'send']);
  assert.deepEqual(requested, ['electron'], 'nothing but electron (no Node modules) is loaded');
});

test('send carries the request on kiosk:request; onMessage delivers the message without the IPC event', async () => {
  const { exposed, sent, emit, listeners } = await loadPreload();
  const bridge = exposed.get('kioskBridge') as { send(m: unknown): void; onMessage(fn: (m: unknown) => void): () => void };
  const request = { type: 'request', id: 1, method: 'getStatus', params: {} };
  bridge.send(request);
  assert.deepEqual(sent, [['kiosk:request', request]]);

  const received: unknown[][] = [];
  const stop = bridge.onMessage((...args: unknown[]) => received.push(args));
  const ipcEvent = { sender: { send() {} }, senderId: 0 };
  const response = { type: 'response', id: 1, ok: true, result: {} };
  emit('kiosk:message', ipcEvent, response);
  assert.deepEqual(received, [[response]], 'the listener gets the message only, never the event and its sender');

  // A spoken clip's WAV is a Uint8Array in the message (IPC's structured clone carries it as
  // bytes): the bridge hands it on as it is, never as base64 or a number array.
  const wav = Uint8Array.of(82, 73, 70, 70, 0, 1);
  const clip = { type: 'response', id: 2, ok: true, result: { audio: wav, source: 'pack', locale: 'bo', durationMs: 10, fellBack: false } };
  emit('kiosk:message', ipcEvent, clip);
  assert.equal((received[1]![0] as typeof clip).result.audio, wav);

  stop();
  assert.equal(listeners.get('kiosk:message')?.size, 0);
  emit('kiosk:message', ipcEvent, response);
  assert.equal(received.length, 2);
});
