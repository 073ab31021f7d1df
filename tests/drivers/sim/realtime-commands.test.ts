// How the printer simulator picks real-time commands out of the byte stream, as a printer does on
// arrival: wherever they are, split across reads or not, and nothing else taken for one.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { RealtimeScanner, type StreamPiece } from '../../../drivers/sim/realtime-commands.ts';

const hex = (h: string) => Buffer.from(h.replace(/ /g, ''), 'hex');
const show = (pieces: StreamPiece[]) =>
  pieces.map((p) => (p.kind === 'data' ? `data ${Buffer.from(p.bytes).toString('hex')}` : p.command.kind === 'status-request' ? `status ${p.command.n}` : 'clear'));

describe('real-time command scanner', () => {
  test('status requests and the buffer clear are taken out of the print data, in order', () => {
    const s = new RealtimeScanner();
    assert.deepEqual(show(s.push(hex('41 42 100401 43 10140801031401060208 44'))), ['data 4142', 'status 1', 'data 43', 'clear', 'data 44']);
  });

  test('a command split across two reads is recognised once the rest arrives', () => {
    const s = new RealtimeScanner();
    assert.deepEqual(show(s.push(hex('41 1014080103'))), ['data 41']);
    assert.deepEqual(show(s.push(hex('1401060208 1004'))), ['clear']);
    assert.deepEqual(show(s.push(hex('04'))), ['status 4']);
  });

  test('other DLE sequences stay print data: DLE DC4 fn 1 (drawer pulse), DLE EOT 7', () => {
    const s = new RealtimeScanner();
    assert.deepEqual(show(s.push(hex('10140100 01 100407 41'))), ['data 101401000110040741']);
  });
});
