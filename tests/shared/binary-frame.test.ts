// The browser shell's frames: a message without bytes stays JSON text; one with a spoken clip's WAV
// is one binary frame from which the page gets the same bytes back, and a damaged frame is refused.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { decodeFrame, encodeFrame } from '../../shared/binary-frame.ts';

const asArrayBuffer = (frame: Uint8Array): ArrayBuffer => frame.slice().buffer;

test('a message without bytes is its plain JSON text', () => {
  const message = { type: 'response', id: 3, ok: true, result: { site: '拉萨市城关区', n: [1, 2] } };
  const frame = encodeFrame(message);
  assert.equal(frame, JSON.stringify(message));
  assert.deepEqual(decodeFrame(frame as string), message);
});

test('a clip travels as bytes in a binary frame and comes back byte for byte, beside its other fields', () => {
  const wav = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
  const second = Uint8Array.of(1, 2, 3);
  const message = { type: 'response', id: 9, ok: true, result: { audio: wav, source: 'engine', locale: 'bo', durationMs: 1700, extra: { second } } };
  const frame = encodeFrame(message);
  assert.ok(frame instanceof Uint8Array, 'bytes make a binary frame');
  assert.ok(frame.byteLength < wav.byteLength + 200, `no base64: ${frame.byteLength} bytes for a ${wav.byteLength}-byte clip`);
  const decoded = decodeFrame(asArrayBuffer(frame)) as typeof message;
  assert.ok(decoded.result.audio instanceof Uint8Array);
  assert.deepEqual(decoded.result.audio, wav);
  assert.deepEqual(decoded.result.extra.second, second);
  assert.deepEqual({ ...decoded.result, audio: null, extra: null }, { ...message.result, audio: null, extra: null });
});

test('a Uint8Array view of a larger buffer sends only its own bytes', () => {
  const pool = Uint8Array.of(9, 9, 4, 5, 6, 9);
  const view = new Uint8Array(pool.buffer, 2, 3);
  const decoded = decodeFrame(asArrayBuffer(encodeFrame({ audio: view }) as Uint8Array)) as { audio: Uint8Array };
  assert.deepEqual([...decoded.audio], [4, 5, 6]);
});

test('a truncated or lying frame is refused, never read outside its bytes', () => {
  const frame = encodeFrame({ audio: Uint8Array.of(1, 2, 3, 4) }) as Uint8Array;
  assert.throws(() => decodeFrame(new ArrayBuffer(2)), /shorter than its header/);
  assert.throws(() => decodeFrame(asArrayBuffer(frame.subarray(0, 8))), /shorter than its JSON/);
  assert.throws(() => decodeFrame(asArrayBuffer(frame.subarray(0, frame.byteLength - 1))), /outside the frame/);
  const lying = new TextEncoder().encode('{"audio":{"$bytes":[-1,2]}}');
  const forged = new Uint8Array(4 + lying.byteLength);
  new DataView(forged.buffer).setUint32(0, lying.byteLength);
  forged.set(lying, 4);
  assert.throws(() => decodeFrame(forged.buffer), /outside the frame/);
});
