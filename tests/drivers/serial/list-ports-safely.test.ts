// Finding ports must not take the kiosk down where `udevadm` is missing (serialport's list() spawns
// it on Linux, and a failed spawn there is an uncaught error): the /dev nodes are read instead.
import { describe, test, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { listPortsSafely } from '../../../drivers/serial/list-ports-safely.ts';

describe.runIf(process.platform === 'linux')('listing serial ports without udevadm', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  test('with no udevadm on PATH, the USB serial nodes in /dev are listed and nothing crashes', async () => {
    process.env.PATH = '/nonexistent';
    const expected = readdirSync('/dev')
      .filter((name) => /^tty(USB|ACM)\d+$/.test(name))
      .map((name) => `/dev/${name}`);
    assert.deepEqual((await listPortsSafely()).map((p) => p.path), expected);
  });
});
