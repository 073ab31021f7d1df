// The hall's pages over HTTP (issue 25): counters sign in with their PIN, the display with the
// hall's code; a forged token, a counter calling outside its services and a second 完成 are
// refused with nothing changed; a call reaches the display's event stream and is spoken in
// Mandarin (a WAV that is not silence).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hallSchema } from '../../../config/hall-schema.ts';
import { openStore, type Db } from '../../../terminal/store/open-store.ts';
import { createHallQueue, type HallQueue } from '../../../terminal/services/hall-queue/hall-queue.ts';
import { startHallServer, type HallServer } from '../../../terminal/services/hall-queue/hall-server.ts';
import { isHallAddress } from '../../../terminal/services/hall-queue/hall-access.ts';
import { hashPin } from '../../../terminal/technician/pin-hash.ts';
import { readWav, wavRms } from '../../../terminal/voice/wav.ts';
import { startCachedVoice } from '../../support/cached-speech.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const hall = hallSchema.parse({
  enabled: true,
  counters: [
    { id: 'w1', number: 1, queues: ['general'], pinHash: hashPin('1111') },
    { id: 'w3', number: 3, queues: ['social'], pinHash: hashPin('3333') },
  ],
  displayCodeHash: hashPin('246810'),
});
const clock = new ManualClock();
let dir: string;
let db: Db;
let queue: HallQueue;
let server: HallServer;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-server-'));
  db = openStore(dir);
  const now = () => new Date(clock.now());
  queue = createHallQueue({ db, hall: () => hall, queues: () => [{ id: 'general', name: '综合受理窗口' }, { id: 'social', name: '社保窗口' }], now, timeZone: () => 'Asia/Shanghai' });
  const voice = await startCachedVoice(now);
  server = await startHallServer({ queue, hall: () => hall, key: Buffer.alloc(32, 7), speak: (req) => voice.speak(req), now: () => clock.now(), port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${server.port}`;
  db.transaction(() => {
    queue.enqueue({ id: 't1', number: 'A001', queueId: 'general', priority: null, issuedAt: now() });
    queue.enqueue({ id: 't2', number: 'B001', queueId: 'social', priority: null, issuedAt: now() });
  })();
});
afterAll(async () => {
  await server.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, token?: string) =>
  fetch(base + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) }, body: JSON.stringify(body) });
const snapshot = () => JSON.stringify(['hall_tickets', 'hall_calls', 'hall_counters'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));

async function signIn(counterId: string, pin: string): Promise<string> {
  const res = await post('/hall/sign-in', { counterId, pin });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

/** Reads the event stream until an event of this name comes. */
async function nextEvent(token: string, name: string, trigger: () => Promise<unknown>): Promise<unknown> {
  const res = await fetch(`${base}/hall/events?token=${encodeURIComponent(token)}`);
  const reader = res.body!.getReader();
  let text = '';
  let triggered = false;
  for (;;) {
    const { value } = await reader.read();
    text += new TextDecoder().decode(value);
    if (!triggered && text.includes('event: board')) {
      triggered = true;
      text = '';
      await trigger();
    }
    const m = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(text);
    if (triggered && m) {
      await reader.cancel();
      return JSON.parse(m[1]!);
    }
  }
}

describe('hall server', () => {
  it('signs a counter in only with its PIN, and refuses a forged or missing token', async () => {
    expect((await post('/hall/sign-in', { counterId: 'w1', pin: '9999' })).status).toBe(403);
    const token = await signIn('w1', '1111');
    const forged = token.replace(/^c\.w1\./, 'c.w3.');
    expect((await fetch(`${base}/hall/counter`, { headers: { Authorization: `Bearer ${forged}` } })).status).toBe(401);
    expect((await fetch(`${base}/hall/events?token=d.display.99999999999999.AAAA`)).status).toBe(401);
    expect((await fetch(`${base}/hall/counter`)).status).toBe(401);
    expect(await (await fetch(`${base}/hall/counter`, { headers: { Authorization: `Bearer ${token}` } })).json()).toMatchObject({ number: 1, waiting: 1, ticket: null });
  });

  it('refuses an enrolment with a wrong code and takes the right one', async () => {
    expect((await post('/hall/enroll', { code: '000000' })).status).toBe(403);
    expect((await post('/hall/enroll', { code: '246810' })).status).toBe(200);
  });

  it('refuses calling outside the counter’s services and a second 完成, changing nothing', async () => {
    const token = await signIn('w1', '1111');
    const before = snapshot();
    const outside = await post('/hall/counter', { kind: 'call', queueId: 'social' }, token);
    expect(outside.status).toBe(409);
    expect(await outside.json()).toMatchObject({ ok: false, reason: 'not-your-queue' });
    expect((await post('/hall/counter', { kind: 'recall', number: 'B001' }, token)).status).toBe(409);
    expect((await post('/hall/counter', { kind: 'explode' }, token)).status).toBe(400);
    expect(snapshot()).toBe(before);
    expect((await post('/hall/counter', { kind: 'call' }, token)).status).toBe(200);
    expect((await post('/hall/counter', { kind: 'finish' }, token)).status).toBe(200);
    const again = snapshot();
    const second = await post('/hall/counter', { kind: 'finish' }, token);
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ ok: false, message: '本窗口当前没有号码。' });
    expect(snapshot()).toBe(again);
  });

  it('sends a call to the display’s stream and speaks it in Mandarin', async () => {
    const display = ((await (await post('/hall/enroll', { code: '246810' })).json()) as { token: string }).token;
    const counter = await signIn('w3', '3333');
    const event = (await nextEvent(display, 'call', () => post('/hall/counter', { kind: 'call' }, counter))) as { call: { id: number; number: string; counterNumber: number }; board: { counters: { number: number; ticket: { number: string } | null }[] } };
    expect(event.call).toMatchObject({ number: 'B001', counterNumber: 3 });
    expect(event.board.counters.find((c) => c.number === 3)?.ticket?.number).toBe('B001');
    const audio = await fetch(`${base}/hall/call-audio/${event.call.id}?locale=zh-CN&token=${encodeURIComponent(display)}`);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    const wav = Buffer.from(await audio.arrayBuffer());
    expect(readWav(wav).durationMs).toBeGreaterThan(1500);
    expect(wavRms(wav)).toBeGreaterThan(0.01);
    // A counter may not fetch the display's audio.
    expect((await fetch(`${base}/hall/call-audio/${event.call.id}?token=${encodeURIComponent(counter)}`)).status).toBe(404);
  });

  it('takes requests only from the hall’s own network', () => {
    expect(['127.0.0.1', '::ffff:192.168.1.20', '10.0.0.5', '172.20.1.1', 'fe80::1', '::1'].every(isHallAddress)).toBe(true);
    expect(['8.8.8.8', '::ffff:172.32.0.1', '2001:db8::1', '100.64.0.1', undefined].some(isHallAddress)).toBe(false);
  });
});
