// Property tests: random, truncated and corrupted byte streams never make the frame parser throw
// or grow its buffer, and a valid frame after garbage is still read.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SamFrameParser, type ParseEvent } from '../../../drivers/idcard-sam/frame-parser.ts';
import { encodeResponse, encodeCommand, PREAMBLE } from '../../../drivers/idcard-sam/frame.ts';

const RUNS = 300;

/** Garbage biased towards preamble pieces, which is what confuses a parser: partial preambles,
 * headers with impossible lengths, and headers claiming more bytes than will ever follow (only
 * silence ends those). Random bytes carry no 0xAA, so garbage never holds a frame that could pass
 * the 8-bit checksum by chance. */
const garbage = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 40 }).map((b) => b.map((x) => (x === 0xaa ? 0xab : x))),
      fc.integer({ min: 1, max: 4 }).map((n) => PREAMBLE.subarray(0, n)),
      fc.constant(PREAMBLE),
      fc.constantFrom(0x0000, 0x0002, 0x1001, 0xffff, 0x0f00).map((len) => Uint8Array.of(...PREAMBLE, len >> 8, len & 0xff)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => Uint8Array.from(parts.flatMap((p) => [...p])));

const frameArb = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 300 }))
  .map(([sw3, data]) => ({ sw3, data, bytes: encodeResponse(sw3, data) }));

/** Splits bytes into random-sized pieces, down to single bytes. */
function chunks(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  let i = 0;
  while (at < bytes.length) {
    const n = Math.max(1, sizes.length ? sizes[i++ % sizes.length] : bytes.length);
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

function feed(parser: SamFrameParser, pieces: Uint8Array[]): ParseEvent[] {
  const events: ParseEvent[] = [];
  for (const piece of pieces) {
    events.push(...parser.push(piece));
    assert.ok(parser.bufferedBytes <= parser.capacity, 'buffer beyond one frame');
  }
  return events;
}

test('any byte stream, in any split: no exception, buffer bounded', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 6000 }), fc.array(fc.integer({ min: 1, max: 64 })), (bytes, sizes) => {
      const parser = new SamFrameParser({ maxLen: 0x0a00 });
      feed(parser, chunks(bytes, sizes));
      assert.ok(parser.capacity <= 7 + 0x0a00);
    }),
    { numRuns: RUNS },
  );
});

test('garbage, then a valid frame: the frame is read (after the silence timeout at worst)', () => {
  fc.assert(
    fc.property(garbage, frameArb, fc.array(fc.integer({ min: 1, max: 16 })), (junk, frame, sizes) => {
      let now = 0;
      const parser = new SamFrameParser({ now: () => now, timeoutMs: 500 });
      const events = feed(parser, chunks(Uint8Array.from([...junk, ...frame.bytes]), sizes));
      now += 1000; // a header in the garbage may claim more bytes than follow: silence ends it
      events.push(...parser.checkTimeout());
      const frames = events.filter((e) => e.kind === 'frame');
      const match = frames.filter((e) => e.kind === 'frame' && Buffer.from(e.body).equals(Buffer.from([0, 0, frame.sw3, ...frame.data])));
      assert.ok(match.length >= 1, `frame lost among ${frames.length} frames`);
      assert.equal(parser.bufferedBytes, 0);
    }),
    { numRuns: RUNS },
  );
});

test('a frame with one corrupted byte never comes out as a frame; truncated frames time out; the next frame reads', () => {
  fc.assert(
    fc.property(frameArb, fc.nat(), fc.integer({ min: 1, max: 255 }), fc.nat(), (frame, pos, flip, cut) => {
      let now = 0;
      const parser = new SamFrameParser({ now: () => now, timeoutMs: 500 });
      const corrupted = frame.bytes.slice();
      // body or checksum: XOR catches every one-byte change there (a changed LEN moves the frame's
      // end, and then only the 8-bit checksum stands between noise and a frame: 1 in 256)
      const at = 7 + (pos % (corrupted.length - 7));
      corrupted[at] ^= flip;
      const truncated = frame.bytes.subarray(0, cut % frame.bytes.length);
      const next = encodeCommand(0x20, 0x01);
      const events = feed(parser, [corrupted]);
      now += 1000;
      events.push(...parser.checkTimeout(), ...feed(parser, [truncated]));
      now += 1000;
      events.push(...parser.checkTimeout(), ...feed(parser, [next]));
      now += 1000;
      events.push(...parser.checkTimeout());
      const frames = events.filter((e): e is Extract<ParseEvent, { kind: 'frame' }> => e.kind === 'frame');
      assert.deepEqual(
        frames.map((f) => Buffer.from(f.body).toString('hex')),
        ['2001'],
      );
    }),
    { numRuns: RUNS },
  );
});
