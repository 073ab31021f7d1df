// The SAM frame codec against the byte strings documented for GA 467 modules.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { commandFrame, encodeResponse, decodeResponse, checksum, encodeFrame } from '../../../drivers/idcard-sam/frame.ts';
import { samStatus } from '../../../drivers/idcard-sam/status.ts';
import { SamFrameParser } from '../../../drivers/idcard-sam/frame-parser.ts';
import { decodeReadData, encodeReadData, formatSamId } from '../../../drivers/idcard-sam/responses.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase().replace(/(..)(?!$)/g, '$1 ');

test('command frames are byte-exact', () => {
  assert.equal(hex(commandFrame('findCard')), 'AA AA AA 96 69 00 03 20 01 22');
  assert.equal(hex(commandFrame('selectCard')), 'AA AA AA 96 69 00 03 20 02 21');
  assert.equal(hex(commandFrame('readTextPhoto')), 'AA AA AA 96 69 00 03 30 01 32');
  assert.equal(hex(commandFrame('readWithFingerprint')), 'AA AA AA 96 69 00 03 30 10 23');
  assert.equal(hex(commandFrame('samId')), 'AA AA AA 96 69 00 03 12 FF EE');
});

test('response frames: no card, card found, and a text+photo read of LEN 0x0508', () => {
  assert.equal(hex(encodeResponse(0x80)), 'AA AA AA 96 69 00 04 00 00 80 84');
  assert.equal(hex(encodeResponse(0x9f, new Uint8Array(4))), 'AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
  const read = encodeResponse(0x90, encodeReadData(new Uint8Array(256), new Uint8Array(1024)));
  assert.equal(hex(read.subarray(0, 11)), 'AA AA AA 96 69 05 08 00 00 90 01');
  assert.equal(read.length, 7 + 0x508);
  const withFp = encodeResponse(0x90, encodeReadData(new Uint8Array(256), new Uint8Array(1024), new Uint8Array(1024)));
  assert.equal(hex(withFp.subarray(5, 7)), '09 0A');
});

test('the checksum is the XOR from the LEN bytes through the last data byte', () => {
  const frame = encodeFrame(Uint8Array.of(0x00, 0x00, 0x90, 1, 2, 3));
  const x = frame.subarray(5, frame.length - 1).reduce((a, b) => a ^ b, 0);
  assert.equal(frame[frame.length - 1], x);
  assert.equal(checksum(0, 3, Uint8Array.of(0x20, 0x01)), 0x22);
});

test('status words map to typed results', () => {
  assert.deepEqual(samStatus(0, 0, 0x90), { ok: true, code: 'success' });
  assert.deepEqual(samStatus(0, 0, 0x9f), { ok: true, code: 'card-found' });
  const cases: [number, string][] = [
    [0x80, 'no-card'], [0x81, 'select-failed'], [0x41, 'read-failed'], [0x10, 'terminal-checksum-error'],
    [0x11, 'terminal-length-error'], [0x21, 'command-error'], [0x23, 'not-permitted'], [0x24, 'unrecognised-error'],
    [0x31, 'card-authenticates-reader-failed'], [0x32, 'reader-authenticates-card-failed'], [0x33, 'verification-error'],
    [0x40, 'unknown-card-type'], [0x47, 'random-number-failed'], [0x60, 'sam-self-test-failed'],
    [0x66, 'sam-not-authorised'], [0x91, 'no-content'], [0x55, 'unknown-status'],
  ];
  for (const [sw3, code] of cases) {
    const s = samStatus(0, 0, sw3);
    assert.equal(s.ok, false);
    assert.equal(s.code, code, `SW3 ${sw3.toString(16)}`);
  }
  assert.equal(samStatus(0x6f, 0, 0x90).code, 'bad-status-word');
});

test('a read reply splits into text, photo and fingerprint; a short one is a problem, not a crash', () => {
  const text = new Uint8Array(256).fill(1);
  const photo = new Uint8Array(1024).fill(2);
  const fp = new Uint8Array(1024).fill(3);
  const parts = decodeReadData(encodeReadData(text, photo, fp), true);
  assert.ok(!('problem' in parts));
  assert.deepEqual([parts.text.length, parts.photo.length, parts.fingerprint?.length], [256, 1024, 1024]);
  assert.equal(parts.photo[0], 2);
  assert.ok('problem' in decodeReadData(encodeReadData(text, photo).subarray(0, 300), false));
  assert.ok('problem' in decodeReadData(Uint8Array.of(0, 1), false));
});

test('the SAM id prints in the usual dotted form', () => {
  const data = Uint8Array.of(5, 0, 1, 0, 0x7a, 0xc4, 0x32, 0x01, 0x4e, 0x61, 0xbc, 0x00, 0xd2, 0x02, 0x96, 0x49);
  assert.equal(formatSamId(data), '05.01-20104314-0012345678-1234567890');
});

test('parser: frame fed whole, byte by byte, after garbage, and with a bad checksum', () => {
  const frame = encodeResponse(0x9f, new Uint8Array(4));
  const p = new SamFrameParser();
  assert.deepEqual(p.push(frame).map((e) => e.kind), ['frame']);
  let frames = 0;
  for (const b of frame) frames += p.push(Uint8Array.of(b)).filter((e) => e.kind === 'frame').length;
  assert.equal(frames, 1);
  const events = p.push(Buffer.concat([Buffer.from([1, 2, 0xaa, 0xaa, 3]), frame]));
  assert.equal(events.filter((e) => e.kind === 'frame').length, 1);
  assert.ok(events.some((e) => e.kind === 'error' && e.reason === 'garbage'));
  const bad = frame.slice();
  bad[bad.length - 1] ^= 1;
  const out = p.push(Buffer.concat([bad, frame]));
  assert.deepEqual(out.filter((e) => e.kind === 'frame').length, 1);
  assert.ok(out.some((e) => e.kind === 'error' && e.reason === 'bad-checksum'));
  const body = out.find((e) => e.kind === 'frame');
  assert.equal(body?.kind === 'frame' && decodeResponse(body.body)?.sw3, 0x9f);
});

test('parser: a half frame is dropped after the silence and the next frame reads', () => {
  let now = 0;
  const p = new SamFrameParser({ now: () => now, timeoutMs: 500 });
  const frame = encodeResponse(0x80);
  assert.deepEqual(p.push(frame.subarray(0, 8)), []);
  now += 499;
  assert.deepEqual(p.checkTimeout(), []);
  now += 2;
  const dropped = p.checkTimeout();
  assert.ok(dropped.some((e) => e.kind === 'error' && e.reason === 'timeout'));
  assert.equal(p.bufferedBytes, 0);
  assert.deepEqual(p.push(frame).map((e) => e.kind), ['frame']);
});

test('parser: a header claiming a huge length is garbage, the frame after it still reads', () => {
  const p = new SamFrameParser();
  const events = p.push(Buffer.concat([Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69, 0xff, 0xff]), encodeResponse(0x90)]));
  assert.equal(events.filter((e) => e.kind === 'frame').length, 1);
  assert.ok(events.some((e) => e.kind === 'error' && e.reason === 'bad-length'));
});
