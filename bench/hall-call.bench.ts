// The hall's queue (issue 25): from a counter's 叫号 (its HTTP POST) to the display's event stream
// receiving the call, and to the first bytes of the spoken clip, on one host with 20 counters and
// two kiosks putting tickets in line. The store is the kiosk's (WAL, synchronous=FULL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchTable } from './run.ts';
import { hallSchema } from '../config/hall-schema.ts';
import { openStore } from '../terminal/store/open-store.ts';
import { createHallQueue } from '../terminal/services/hall-queue/hall-queue.ts';
import { startHallServer } from '../terminal/services/hall-queue/hall-server.ts';
import { issueToken } from '../terminal/services/hall-queue/hall-access.ts';
import { startVoice } from '../terminal/voice/start-voice.ts';

const COUNTERS = 20;
const CALLS = 200;
const SPOKEN = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => n.toFixed(1);

export async function run(): Promise<BenchTable[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-hall-'));
  const db = openStore(dir);
  const pinHash = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
  const hall = hallSchema.parse({ enabled: true, counters: Array.from({ length: COUNTERS }, (_, i) => ({ id: `w${i + 1}`, number: i + 1, queues: ['general'], pinHash })) });
  const queue = createHallQueue({ db, hall: () => hall, queues: () => [{ id: 'general', name: '综合受理窗口' }], now: () => new Date(), timeZone: () => 'Asia/Shanghai' });
  const voice = await startVoice({ dataDir: dir, now: () => new Date() });
  const key = Buffer.alloc(32, 1);
  const server = await startHallServer({ queue, hall: () => hall, key, speak: (req) => voice.speak(req), now: () => Date.now(), port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${server.port}`;
  const display = issueToken(key, { kind: 'display' }, Date.now());
  // Two kiosks' tickets, A and B numbering, enough for every call.
  db.transaction(() => {
    for (let i = 1; i <= CALLS + SPOKEN; i++) {
      for (const [kiosk, prefix] of [['k1', 'A'], ['k2', 'B']] as const) {
        queue.enqueue({ id: `${kiosk}-${i}`, number: `${prefix}${String(i).padStart(4, '0')}`, queueId: 'general', priority: null, issuedAt: new Date() });
      }
    }
  })();
  const stream = await fetch(`${base}/hall/events?token=${encodeURIComponent(display)}`);
  const reader = stream.body!.getReader();
  const arrivals: ((id: number) => void)[] = [];
  void (async () => {
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += new TextDecoder().decode(value);
      let end: number;
      while ((end = text.indexOf('\n\n')) >= 0) {
        const block = text.slice(0, end);
        text = text.slice(end + 2);
        if (block.startsWith('event: call')) arrivals.shift()?.(JSON.parse(block.slice(block.indexOf('data: ') + 6)).call.id);
      }
    }
  })();
  const display_: number[] = [];
  const spoken: number[] = [];
  try {
    for (let i = 0; i < CALLS + SPOKEN; i++) {
      const counter = `w${(i % COUNTERS) + 1}`;
      const token = issueToken(key, { kind: 'counter', counterId: counter }, Date.now());
      const post = (action: unknown) => fetch(`${base}/hall/counter`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(action) });
      if (i >= COUNTERS) await (await post({ kind: 'finish' })).arrayBuffer();
      const start = performance.now();
      const arrived = new Promise<number>((resolve) => arrivals.push(resolve));
      await (await post({ kind: 'call' })).arrayBuffer();
      const callId = await arrived;
      display_.push(performance.now() - start);
      if (i >= CALLS) {
        const audio = await fetch(`${base}/hall/call-audio/${callId}?token=${encodeURIComponent(display)}`);
        await audio.body!.getReader().read(); // the first bytes: the display can start playing
        spoken.push(performance.now() - start);
        await audio.arrayBuffer().catch(() => undefined);
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
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
      title: `Hall queue: 叫号 → display (${COUNTERS} counters, 2 kiosks' tickets, one host)`,
      columns: ['measured', 'calls', 'p50 ms', 'p99 ms'],
      rows: [row('叫号 POST → display stream has the call', display_), row('叫号 POST → first bytes of the spoken clip (eSpeak NG, not cached)', spoken)],
      note: 'Each call is one IMMEDIATE transaction with synchronous=FULL (an fsync), then an SSE write; the clip is synthesised per call.',
    },
  ];
}
