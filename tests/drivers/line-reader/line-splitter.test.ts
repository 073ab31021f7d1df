// The line splitter and card-number pattern, with property tests over random streams.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineSplitter, matchCardLine, compileCardPattern, type LineEvent } from '../../../drivers/line-reader/line-splitter.ts';

const DEFAULT_PATTERN = compileCardPattern('^;?(?<card>\\d{6,32})\\??$');

test('lines split on a two-character delimiter even when it arrives in pieces', () => {
  const s = new LineSplitter({ delimiter: '\r\n' });
  assert.deepEqual(s.push(';6217000010001234567?\r'), []);
  assert.deepEqual(s.push('\n;12345'), [{ kind: 'line', line: ';6217000010001234567?' }]);
  assert.deepEqual(s.push('678?\r\n'), [{ kind: 'line', line: ';12345678?' }]);
});

test('the named group is the number; other lines do not match', () => {
  assert.deepEqual(matchCardLine(';6217000010001234567?', DEFAULT_PATTERN), { ok: true, number: '6217000010001234567' });
  assert.deepEqual(matchCardLine('  00012345  ', DEFAULT_PATTERN), { ok: true, number: '00012345' });
  assert.deepEqual(matchCardLine('%B1234^NAME?', DEFAULT_PATTERN), { ok: false });
  const rfid = compileCardPattern('^ID:(?<card>[0-9A-F]{8})$');
  assert.deepEqual(matchCardLine('ID:04A1B2C3', rfid), { ok: true, number: '04A1B2C3' });
});

test('a pattern without the card group, or not a regex, is refused with a clear error', () => {
  assert.throws(() => compileCardPattern('^\\d+$'), /named group \(\?<card>…\)/);
  assert.throws(() => compileCardPattern('(?<card>[0-9'), /not a valid regular expression/);
});

test('an overlong line is dropped whole and reported, and the next line reads', () => {
  const s = new LineSplitter({ delimiter: '\n', maxLineLength: 20 });
  const events = [...s.push('x'.repeat(50)), ...s.push('y'.repeat(50) + '\n;12345678?\n')];
  assert.deepEqual(events, [
    { kind: 'overlong', discarded: 100 },
    { kind: 'line', line: ';12345678?' },
  ]);
});

test('property: any stream in any split — no exception, bounded buffer, a clean line after it reads', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 2000 }),
      fc.array(fc.integer({ min: 1, max: 50 })),
      fc.constantFrom('\r\n', '\n', '\r', '#END#'),
      fc.stringMatching(/^\d{6,32}$/),
      (noise, sizes, delimiter, number) => {
        const s = new LineSplitter({ delimiter, maxLineLength: 64 });
        const events: LineEvent[] = [];
        const bytes = Buffer.concat([Buffer.from(noise), Buffer.from(`${delimiter};${number}?${delimiter}`)]);
        let at = 0;
        for (let i = 0; at < bytes.length; i++) {
          const n = sizes.length ? sizes[i % sizes.length] : bytes.length;
          events.push(...s.push(bytes.subarray(at, at + n)));
          at += n;
          assert.ok(s.bufferedLength <= s.capacity);
        }
        const last = events.at(-1);
        assert.equal(last?.kind, 'line');
        assert.deepEqual(last?.kind === 'line' && matchCardLine(last.line, DEFAULT_PATTERN), { ok: true, number });
      },
    ),
    { numRuns: 300 },
  );
});
