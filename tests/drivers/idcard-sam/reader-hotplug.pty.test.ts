// Unplugging the reader (the pty pair goes away) shows as 'disconnected' with a message naming the
// port; plugging it back at the same path recovers by itself and reads cards again.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPtyPair } from '../../../drivers/serial/pty-pair.ts';
import { createSamCardReader } from '../../../drivers/idcard-sam/reader.ts';
import { startIdCardSimulator } from '../../../drivers/sim/idcard-sim.ts';
import type { DeviceConnection, IdentityCard } from '../../../drivers/types.ts';
import { collect, nextEvent } from './helpers.ts';

function until(reader: { on: Function; off: Function; connection: DeviceConnection }, state: string, ms = 10000) {
  if (reader.connection.state === state) return Promise.resolve(reader.connection);
  return new Promise<DeviceConnection>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${state}' within ${ms} ms`)), ms);
    const on = (c: DeviceConnection) => {
      if (c.state !== state) return;
      clearTimeout(timer);
      reader.off('connection', on);
      resolve(c);
    };
    reader.on('connection', on);
  });
}

test('unplug → disconnected (card counted as removed), replug at the same path → ready and reading', { timeout: 30000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-idcard-hotplug-'));
  let pair = await createPtyPair('reader', dir);
  let sim = await startIdCardSimulator(pair.simulatorPath);
  const reader = createSamCardReader({ path: pair.devicePath, baudRate: 115200, pollIntervalMs: 50, backoff: { initialMs: 50, maxMs: 400 } });
  try {
    await reader.start();
    const first = nextEvent<IdentityCard>(reader, 'card');
    sim.placeCard('han-zhang-weimin');
    await first;
    const events = collect(reader, ['removed', 'card']);

    await sim.close();
    await pair.close();
    const lost = await until(reader, 'disconnected');
    assert.match(lost.state === 'disconnected' ? lost.reason : '', /card reader port .*reader-device .*retrying in/);
    assert.deepEqual(events.map((e) => e.name), ['removed']);

    pair = await createPtyPair('reader', dir);
    sim = await startIdCardSimulator(pair.simulatorPath);
    await until(reader, 'ready');
    const again = nextEvent<IdentityCard>(reader, 'card');
    sim.placeCard('elderly-bateer');
    assert.equal((await again).name, '巴特尔');
  } finally {
    await reader.stop();
    await sim.close();
    await pair.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a port that answers nothing is reported as an error that names the port and the baud rate', { timeout: 20000 }, async () => {
  const pair = await createPtyPair('silent');
  const reader = createSamCardReader({ path: pair.devicePath, baudRate: 9600, pollIntervalMs: 50 });
  try {
    await reader.start();
    const c = await until(reader, 'error');
    assert.match(c.state === 'error' ? c.reason : '', /card reader on .*silent-device does not answer .*9600 baud/);
  } finally {
    await reader.stop();
    await pair.close();
  }
});
