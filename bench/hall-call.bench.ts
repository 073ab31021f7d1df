// The hall's queue (issue 25): from a counter's 叫号 (its HTTP POST) to the display's event stream
// receiving the call, and to the first bytes of the spoken clip, on one host with 20 counters and
// two other kiosks taking their numbers from the host over HTTP while the counters call (the hall
// kiosk code's sign-in once, then a POST per number). The store is the kiosk's (WAL, synchronous=FULL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import type { BenchTable } from './run.ts';
import { hallSchema } from '../config/hall-schema.ts';
import { openStore } from '../terminal/store/open-store.ts';
import { createHallQueue } from '../terminal/services/hall-queue/hall-queue.ts';
import { startHallServer } from '../terminal/services/hall-queue/hall-server.ts';
import { issueToken } from '../terminal/services/hall-queue/hall-access.ts';
import { createKioskNumbers } from '../terminal/services/hall-queue/kiosk-numbers.ts';
import { createHostLink } from '../terminal/services/hall-queue/host-link.ts';
import { hashPin } from '../terminal/technician/pin-hash.ts';
import { startVoice } from '../terminal/voice/start-voice.ts';
import { followEvents } from '../tests/support/sse-follower.ts';

const COUNTERS = 20;
const CALLS = 200;
const SPOKEN = 20;
/** Tickets in line before the first call, from each kiosk. */
const AHEAD = COUNTERS;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => n.toFixed(1);

export async function run(): Promise<BenchTable[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-hall-'));
  const db = openStore(dir);
  const pinHash = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
  const hall = hallSchema.parse({
    enabled: true,
    counters: Array.from({ length: COUNTERS }, (_, i) => ({ id: `w${i + 1}`, number: i + 1, queues: ['general'], pinHash })),
    kioskCodeHash: hashPin('864209'),
  });
  const queues = [{ id: 'general', name: '综合受理窗口', prefix: 'A' }];
  const now = () => new Date();
  const queue = createHallQueue({ db, hall: () => hall, queues: () => queues, now, timeZone: () => 'Asia/Shanghai' });
  const kioskNumbers = createKioskNumbers({ db, queue, queues: () => queues, now, timeZone: () => 'Asia/Shanghai' });
  const voice = await startVoice({ dataDir: dir, now });
  const key = Buffer.alloc(32, 1);
  const server = await startHallServer({ queue, kioskNumbers, hall: () => hall, key, speak: (req) => voice.speak(req), now: () => Date.now(), port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${server.port}`;
  const display = issueToken(key, { kind: 'display' }, Date.now());
  const kiosks = [1, 2].map(() => createHostLink({ host: () => ({ url: base, code: '864209' }), trouble: (detail) => console.error(detail) }));
  const numbered: number[] = [];
  const takeNumber = async (kiosk: (typeof kiosks)[number]) => {
    const start = performance.now();
    const got = await kiosk.takeNumber({ requestId: ulid(), queueId: 'general', priority: null });
    if (!got.ok) throw new Error(got.detail);
    numbered.push(performance.now() - start);
  };
  for (let i = 0; i < AHEAD; i++) await Promise.all(kiosks.map(takeNumber));
  numbered.length = 0; // the first of each kiosk signs in: not a number's usual cost
  const stream = followEvents(`${base}/hall/events?token=${encodeURIComponent(display)}`);
  const display_: number[] = [];
  const spoken: number[] = [];
  try {
    await stream.when((e) => e.name === 'board', 'the first board');
    for (let i = 0; i < CALLS + SPOKEN; i++) {
      const counter = `w${(i % COUNTERS) + 1}`;
      const token = issueToken(key, { kind: 'counter', counterId: counter }, Date.now());
      const post = (action: unknown) => fetch(`${base}/hall/counter`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(action) });
      if (i >= COUNTERS) await (await post({ kind: 'finish' })).arrayBuffer();
      const start = performance.now();
      // Both kiosks give out a number while the counter calls: the line never runs dry.
      const [answer] = await Promise.all([post({ kind: 'call' }).then((res) => res.json() as Promise<{ ticket: { number: string } }>), ...kiosks.map(takeNumber)]);
      const number = answer.ticket.number;
      const event = await stream.when((e) => e.name === 'call' && (e.data as { call: { number: string } }).call.number === number, `${number} on the display`);
      display_.push(performance.now() - start);
      if (i >= CALLS) {
        const callId = (event.data as { call: { id: number } }).call.id;
        const audio = await fetch(`${base}/hall/call-audio/${callId}?token=${encodeURIComponent(display)}`);
        await audio.body!.getReader().read(); // the first bytes: the display can start playing
        spoken.push(performance.now() - start);
        await audio.arrayBuffer().catch(() => undefined);
      }
    }
  } finally {
    stream.stop();
    await server.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const row = (name: string, t: number[]) => {
    const sorted = [...t].sort((a, b) => a - b);
    return [name, t.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 99))];
  };
  return [
    {
      title: `Hall queue: 叫号 → display (${COUNTERS} counters, 2 kiosks taking numbers from the host, one host)`,
      columns: ['measured', 'count', 'p50 ms', 'p99 ms'],
      rows: [
        row('叫号 POST → display stream has the call', display_),
        row('叫号 POST → first bytes of the spoken clip (eSpeak NG, not cached)', spoken),
        row("another kiosk's number: POST to the host → answer (number and place in line)", numbered),
      ],
      note: 'Each call and each number is one IMMEDIATE transaction with synchronous=FULL (an fsync), then an SSE write; the clip is synthesised per call; each call runs beside both kiosks taking a number.',
    },
  ];
}
