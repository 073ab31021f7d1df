// The managed port over real pseudo-terminals: it opens, carries bytes both ways, notices an
// unplug at the next write, and reconnects by itself when the device returns at the same path.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { createPtyPair } from '../../../drivers/serial/pty-pair.ts';
import { createManagedPort, PortUnavailableError, backoffDelay } from '../../../drivers/serial/managed-port.ts';
import type { DeviceConnection } from '../../../drivers/types.ts';

function openSim(path: string): Promise<SerialPort> {
  return new Promise((resolve, reject) => {
    const p = new SerialPort({ path, baudRate: 115200, autoOpen: false });
    p.open((err) => (err ? reject(err) : resolve(p)));
  });
}

function waitForState(port: { connection: DeviceConnection; on: Function; off: Function }, state: string, ms = 8000) {
  if (port.connection.state === state) return Promise.resolve(port.connection);
  return new Promise<DeviceConnection>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${state}' within ${ms} ms (now ${port.connection.state})`)), ms);
    const on = (c: DeviceConnection) => {
      if (c.state === state) {
        clearTimeout(timer);
        port.off('connection', on);
        resolve(c);
      }
    };
    port.on('connection', on);
  });
}

test('backoff doubles from the initial delay, stays under the cap and is jittered', () => {
  const b = { initialMs: 250, maxMs: 5000 };
  assert.equal(backoffDelay(0, b, () => 0.5), 250);
  assert.equal(backoffDelay(2, b, () => 0.5), 1000);
  assert.equal(backoffDelay(20, b, () => 0.5), 5000);
  assert.ok(backoffDelay(20, b, () => 0.999) <= 6000);
  assert.notEqual(backoffDelay(3, b, () => 0), backoffDelay(3, b, () => 0.99));
});

test('a port that is not there is reported as disconnected with the path and advice, and write refuses', async () => {
  const port = createManagedPort({ path: '/dev/does-not-exist-kiosk', baudRate: 9600, label: 'card reader' });
  await port.open();
  const c = port.connection;
  assert.equal(c.state, 'disconnected');
  assert.match(c.state === 'disconnected' ? c.reason : '', /card reader port \/dev\/does-not-exist-kiosk .*retrying in .* — check/);
  await assert.rejects(port.write(Uint8Array.of(1)), PortUnavailableError);
  await port.close();
});

test('unplug shows as disconnected at the next write, and a new device at the same path recovers', { timeout: 30000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-mp-'));
  let pair = await createPtyPair('rdr', dir);
  let sim = await openSim(pair.simulatorPath);
  const port = createManagedPort({ path: pair.devicePath, baudRate: 115200, label: 'card reader', backoff: { initialMs: 50, maxMs: 300 } });
  try {
    await port.open();
    assert.equal(port.connection.state, 'ready');
    const got = new Promise<Buffer>((r) => sim.once('data', r));
    await port.write(Uint8Array.of(0xaa, 0x55));
    assert.deepEqual([...(await got)], [0xaa, 0x55]);
    const back = new Promise<Buffer>((r) => port.once('data', r));
    sim.write(Buffer.from([7, 8, 9]));
    assert.deepEqual([...(await back)], [7, 8, 9]);

    // unplug: socat goes away
    await new Promise<void>((r) => sim.close(() => r()));
    await pair.close();
    await assert.rejects(port.write(Uint8Array.of(1, 2, 3)), PortUnavailableError);
    const lost = await waitForState(port, 'disconnected');
    assert.match(lost.state === 'disconnected' ? lost.reason : '', /card reader port .*rdr-device/);

    // plug back at the same path
    pair = await createPtyPair('rdr', dir);
    sim = await openSim(pair.simulatorPath);
    await waitForState(port, 'ready');
    const again = new Promise<Buffer>((r) => sim.once('data', r));
    await port.write(Uint8Array.of(0x42));
    assert.deepEqual([...(await again)], [0x42]);
  } finally {
    await port.close();
    await new Promise<void>((r) => (sim.isOpen ? sim.close(() => r()) : r()));
    await pair.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
