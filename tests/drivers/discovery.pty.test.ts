// Discovery over real pseudo-terminals: the reader simulator answers the SAM-id question, a
// printer-like responder answers DLE EOT 1, a silent port answers nothing.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createPtyPair } from '../../drivers/serial/pty-pair.ts';
import { discoverPorts, isPrinterStatusByte } from '../../drivers/discovery.ts';
import { startIdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import { openSimPort } from '../../drivers/sim/sim-port.ts';

test('printer status byte: bits 1 and 4 set, bits 0 and 7 clear, and only one byte', () => {
  assert.ok(isPrinterStatusByte(Uint8Array.of(0x12)));
  assert.ok(isPrinterStatusByte(Uint8Array.of(0x16)));
  assert.ok(isPrinterStatusByte(Uint8Array.of(0x1e)));
  assert.ok(!isPrinterStatusByte(Uint8Array.of(0x13)));
  assert.ok(!isPrinterStatusByte(Uint8Array.of(0x92)));
  assert.ok(!isPrinterStatusByte(Uint8Array.of(0x02)));
  assert.ok(!isPrinterStatusByte(Uint8Array.of(0x12, 0x12)));
});

test('each device is found where it answers; a silent or missing port answers nothing', { timeout: 30000 }, async () => {
  const readerPair = await createPtyPair('disc-reader');
  const printerPair = await createPtyPair('disc-printer');
  const silentPair = await createPtyPair('disc-silent');
  const reader = await startIdCardSimulator(readerPair.simulatorPath);
  const printer = await openSimPort(printerPair.simulatorPath);
  const printerHeard: number[] = [];
  printer.port.on('data', (chunk: Buffer) => {
    printerHeard.push(...chunk);
    if (chunk.includes(0x04)) void printer.send(Uint8Array.of(0x12)); // ready, as a real printer answers
  });
  try {
    const found = await discoverPorts({
      list: async () => [{ path: readerPair.devicePath, manufacturer: 'WCH', vendorId: '1a86', productId: '7523' }],
      extraPaths: [printerPair.devicePath, silentPair.devicePath, '/dev/no-such-port'],
      timeoutMs: 250,
    });
    const byPath = new Map(found.map((f) => [f.path, f]));
    assert.equal(byPath.get(readerPair.devicePath)?.answers, 'card-reader');
    assert.equal(byPath.get(readerPair.devicePath)?.manufacturer, 'WCH');
    assert.match(byPath.get(readerPair.devicePath)?.samId ?? '', /^\d\d\.\d\d-\d{8}-\d{10}-\d{10}$/);
    assert.equal(byPath.get(printerPair.devicePath)?.answers, 'printer');
    assert.equal(byPath.get(silentPair.devicePath)?.answers, null);
    assert.equal(byPath.get('/dev/no-such-port')?.answers, null);
    assert.match(byPath.get('/dev/no-such-port')?.note ?? '', /cannot be opened/);
    // the printer was never sent SAM bytes, which it might have printed
    assert.ok(!printerHeard.includes(0x96));
  } finally {
    await reader.close();
    await printer.close();
    await Promise.all([readerPair.close(), printerPair.close(), silentPair.close()]);
  }
});
