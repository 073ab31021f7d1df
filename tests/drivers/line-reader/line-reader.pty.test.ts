// The line reader driver with its simulator over a real pseudo-terminal.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createPtyPair } from '../../../drivers/serial/pty-pair.ts';
import { createLineCardReader, LINE_READER_MESSAGES } from '../../../drivers/line-reader/reader.ts';
import { startLineReaderSimulator } from '../../../drivers/sim/line-reader-sim.ts';
import type { CardNumber } from '../../../drivers/types.ts';
import { collect, nextEvent, sleep } from '../idcard-sam/helpers.ts';

test('swipes become card numbers; a line that does not match is refused without the number', { timeout: 20000 }, async () => {
  const pair = await createPtyPair('line');
  const sim = await startLineReaderSimulator(pair.simulatorPath);
  const reader = createLineCardReader({ path: pair.devicePath, baudRate: 9600, delimiter: '\r\n', pattern: '^;?(?<card>\\d{6,32})\\??$' });
  try {
    await reader.start();
    assert.equal(reader.connection.state, 'ready');
    const events = collect(reader, ['card', 'refused']);
    const first = nextEvent<CardNumber>(reader, 'card');
    await sim.swipe('6217000010001234567');
    assert.deepEqual(await first, { kind: 'card-number', number: '6217000010001234567' });
    const refused = nextEvent<{ message: string }>(reader, 'refused');
    await sim.sendRaw('%B6217000010001234567^ZHANG?\r\n');
    assert.equal((await refused).message, LINE_READER_MESSAGES.unrecognised);
    await sim.sendRaw('x'.repeat(5000) + '\r\n'); // a jammed reader's endless line
    await sim.swipe('00012345');
    await sleep(300);
    assert.deepEqual(
      events.map((e) => e.name),
      ['card', 'refused', 'refused', 'card'],
    );
    assert.deepEqual(events[3].value, { kind: 'card-number', number: '00012345' });
    for (const e of events.filter((x) => x.name === 'refused')) assert.doesNotMatch((e.value as { message: string }).message, /\d/);
  } finally {
    await reader.stop();
    await sim.close();
    await pair.close();
  }
});

test('a line reader is only read from, yet its unplug is noticed and it recovers at the same path', { timeout: 30000 }, async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-line-hotplug-'));
  let pair = await createPtyPair('line', dir);
  let sim = await startLineReaderSimulator(pair.simulatorPath);
  const reader = createLineCardReader({
    path: pair.devicePath, baudRate: 9600, delimiter: '\n', pattern: '^;?(?<card>\\d{6,32})\\??$',
    backoff: { initialMs: 50, maxMs: 300 },
  });
  try {
    await reader.start();
    const lost = nextEvent(reader, 'connection', 5000);
    await sim.close();
    await pair.close();
    assert.equal(((await lost) as { state: string }).state, 'disconnected');
    // Listen before plugging back: on a busy machine the reader can be ready again before the
    // simulator has started, and a 'ready' that came first would never be seen.
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready again within 8 s (now ${reader.connection.state})`)), 8000);
      const on = (c: { state: string }) => c.state === 'ready' && (clearTimeout(timer), reader.off('connection', on), resolve());
      reader.on('connection', on);
    });
    pair = await createPtyPair('line', dir);
    sim = await startLineReaderSimulator(pair.simulatorPath, { delimiter: '\n' });
    await ready;
    const card = nextEvent<CardNumber>(reader, 'card');
    await sim.swipe('123456789');
    assert.equal((await card).number, '123456789');
  } finally {
    await reader.stop();
    await sim.close();
    await pair.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
