// The demo's simulator controls on a core whose devices are real (here: the harness's fakes):
// they refuse plainly instead of pretending, and bad settings never reach the core.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { KioskError, requestSchemas } from '../../terminal/api.ts';
import { createCoreHarness } from '../support/core-harness.ts';

test('without simulated devices, simSetPrinter answers unavailable and the status offers no simulator', async () => {
  const h = createCoreHarness();
  try {
    await assert.rejects(
      h.terminal.simSetPrinter({ paper: 'end' }),
      (err) => err instanceof KioskError && err.code === 'unavailable' && /真实打印机/.test(err.message),
    );
    assert.equal((await h.terminal.getStatus({})).simulator, null);
    assert.equal(h.printer.status.state, 'ready', 'the real printer was left alone');
  } finally {
    h.close();
  }
});

test('simSetPrinter accepts exactly the three paper settings', () => {
  for (const paper of ['ok', 'near-end', 'end']) assert.ok(requestSchemas.simSetPrinter.safeParse({ paper }).success, paper);
  for (const bad of [{}, { paper: 'empty' }, { paper: 'end', extra: 1 }, { paper: { endAfterBytes: 10 } }]) {
    assert.ok(!requestSchemas.simSetPrinter.safeParse(bad).success, JSON.stringify(bad));
  }
});
