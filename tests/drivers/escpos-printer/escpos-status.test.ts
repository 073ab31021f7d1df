import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { interpretStatus, isStatusByte } from '../../../drivers/escpos-printer/status.ts';

// Bytes as an Epson TM-T88-class printer sends them (fixed bits 1 and 4 → 0x12 when all is well).
describe('DLE EOT status interpretation', () => {
  test('all clear is ready without a warning', () => {
    assert.deepEqual(interpretStatus({ printer: 0x12, offlineCause: 0x12, paper: 0x12 }), { state: 'ready', paperNearEnd: false });
  });
  test('near-end is a warning on a ready printer, not a stop', () => {
    assert.deepEqual(interpretStatus({ printer: 0x12, offlineCause: 0x12, paper: 0x1e }), { state: 'ready', paperNearEnd: true });
  });
  test('paper end (roll sensor bits 5,6 with near-end bits) is paper-end', () => {
    assert.deepEqual(interpretStatus({ printer: 0x1a, offlineCause: 0x32, paper: 0x7e }), { state: 'paper-end' });
  });
  test('cover open wins over paper end: it must be closed first', () => {
    assert.deepEqual(interpretStatus({ printer: 0x1a, offlineCause: 0x36, paper: 0x7e }), { state: 'cover-open' });
  });
  test('error cause from DLE EOT 3: autocutter, unrecoverable, auto-recoverable', () => {
    const base = { printer: 0x1a, offlineCause: 0x52, paper: 0x12 };
    assert.deepEqual(interpretStatus({ ...base, errorCause: 0x1a }), { state: 'cutter-error' });
    assert.deepEqual(interpretStatus({ ...base, errorCause: 0x32 }), { state: 'unrecoverable-error' });
    assert.equal(interpretStatus({ ...base, errorCause: 0x52 }).state, 'offline');
  });
  test('offline with no cause, and paper fed by the button', () => {
    assert.equal(interpretStatus({ printer: 0x1a, offlineCause: 0x12, paper: 0x12 }).state, 'offline');
    const fed = interpretStatus({ printer: 0x1a, offlineCause: 0x1a, paper: 0x12 });
    assert.ok(fed.state === 'offline' && /feed button/.test(fed.reason));
  });
  test('status bytes are told apart from XON/XOFF and noise', () => {
    assert.equal(isStatusByte(0x12), true);
    assert.equal(isStatusByte(0x7e), true);
    assert.equal(isStatusByte(0x11), false); // XON
    assert.equal(isStatusByte(0x13), false); // XOFF
    assert.equal(isStatusByte(0x92), false);
  });
});
