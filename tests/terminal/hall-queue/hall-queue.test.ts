// The hall queue's rules (issue 25) on a real SQLite store with a manual clock: who is called next,
// what a counter may not do (refused, nothing changed), how far a ticket is from the window, and
// that a reopened store (the host killed and restarted) carries on without losing or repeating.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hallSchema, type PriorityClass } from '../../../config/hall-schema.ts';
import { openStore, type Db } from '../../../terminal/store/open-store.ts';
import { createHallQueue } from '../../../terminal/services/hall-queue/hall-queue.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const pin = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
const hall = hallSchema.parse({
  enabled: true,
  counters: [
    { id: 'w1', number: 1, queues: ['general'], pinHash: pin },
    { id: 'w2', number: 2, queues: ['general', 'social'], pinHash: pin },
    { id: 'w3', number: 3, queues: ['social'], pinHash: pin },
  ],
  recallLimit: 1,
  priority: { maxInRow: 2 },
  defaultServiceMinutes: 6,
});
const queues = [
  { id: 'general', name: '综合受理窗口' },
  { id: 'social', name: '社保窗口' },
];

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function rig(dir = mkdtempSync(join(tmpdir(), 'hall-queue-')), clock = new ManualClock()) {
  if (!dirs.includes(dir)) dirs.push(dir);
  const db = openStore(dir);
  dbs.push(db);
  const queue = createHallQueue({ db, hall: () => hall, queues: () => queues, now: () => new Date(clock.now()), timeZone: () => 'Asia/Shanghai' });
  let n = { general: 0, social: 0 };
  const issue = (queueId: 'general' | 'social', priority: PriorityClass | null = null) => {
    const number = `${queueId === 'general' ? 'A' : 'B'}${String(++n[queueId]).padStart(3, '0')}`;
    const id = `t-${number}`;
    db.transaction(() => queue.enqueue({ id, number, queueId, priority, issuedAt: new Date(clock.now()) }))();
    clock.advance(1000);
    return id;
  };
  return { dir, db, clock, queue, issue };
}

/** Everything the queue keeps: a refused action must leave it byte for byte as it was. */
const snapshot = (db: Db) => JSON.stringify(['hall_tickets', 'hall_calls', 'hall_counters'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));

describe('hall queue: who is called next', () => {
  it('calls priority tickets first, at most two in a row while ordinary ones wait, then by the time taken', () => {
    const { queue, issue } = rig();
    issue('general');
    issue('general', 'elder');
    issue('general', 'military');
    issue('general', 'elder');
    issue('general');
    const called: string[] = [];
    for (let i = 0; i < 5; i++) {
      const outcome = queue.act('w1', { kind: 'call' });
      expect(outcome.ok).toBe(true);
      if (outcome.ok) called.push(outcome.ticket!.number);
      expect(queue.act('w1', { kind: 'finish' })).toMatchObject({ ok: true });
    }
    expect(called).toEqual(['A002', 'A003', 'A001', 'A004', 'A005']);
    expect(queue.act('w1', { kind: 'call' })).toMatchObject({ ok: false, reason: 'nobody-waiting' });
  });

  it('gives two counters pressing 叫号 two different tickets, and a counter holding a ticket cannot call another', () => {
    const { queue, issue } = rig();
    issue('general');
    issue('general');
    issue('general');
    const first = queue.act('w1', { kind: 'call' });
    const second = queue.act('w2', { kind: 'call' });
    expect(first).toMatchObject({ ok: true, ticket: { number: 'A001', state: 'called' } });
    expect(second).toMatchObject({ ok: true, ticket: { number: 'A002', state: 'called' } });
    expect(queue.act('w1', { kind: 'call' })).toMatchObject({ ok: false, reason: 'busy', message: expect.stringContaining('请先完成') });
    expect(queue.board().counters.map((c) => c.ticket?.number ?? null)).toEqual(['A001', 'A002', null]);
  });

  it('puts a ticket moved by 转窗口 at the head of its new queue', () => {
    const { queue, issue } = rig();
    issue('general');
    issue('social');
    issue('social');
    queue.act('w1', { kind: 'call' });
    expect(queue.act('w1', { kind: 'transfer', queueId: 'social' })).toMatchObject({ ok: true, ticket: null });
    expect(queue.act('w3', { kind: 'call' })).toMatchObject({ ok: true, ticket: { number: 'A001' } });
  });
});

describe('hall queue: refused, and nothing changed', () => {
  it('refuses a counter calling or recalling outside its services', () => {
    const { db, queue, issue } = rig();
    issue('social');
    queue.act('w3', { kind: 'call' });
    queue.act('w3', { kind: 'skip' });
    const before = snapshot(db);
    expect(queue.act('w1', { kind: 'call', queueId: 'social' })).toMatchObject({ ok: false, reason: 'not-your-queue', message: '这个号码不属于本窗口办理的业务，不能在本窗口叫号。' });
    expect(queue.act('w1', { kind: 'recall', number: 'B001' })).toMatchObject({ ok: false, reason: 'not-your-queue' });
    expect(queue.act('w9', { kind: 'call' })).toMatchObject({ ok: false, reason: 'unknown-counter' });
    expect(snapshot(db)).toBe(before);
  });

  it('refuses a second 完成 on the same ticket', () => {
    const { db, queue, issue } = rig();
    issue('general');
    queue.act('w1', { kind: 'call' });
    queue.act('w1', { kind: 'start' });
    expect(queue.act('w1', { kind: 'finish' })).toEqual({ ok: true, ticket: null });
    const before = snapshot(db);
    expect(queue.act('w1', { kind: 'finish' })).toMatchObject({ ok: false, reason: 'no-ticket', message: '本窗口当前没有号码。' });
    expect(snapshot(db)).toBe(before);
  });

  it('lets a 过号 ticket be recalled up to the hall limit, then asks for a new number', () => {
    const { queue, issue } = rig();
    issue('general');
    issue('general');
    queue.act('w1', { kind: 'call' });
    queue.act('w1', { kind: 'skip' });
    expect(queue.counterView('w2')?.recallable).toEqual(['A001']);
    expect(queue.act('w2', { kind: 'recall', number: 'A001' })).toMatchObject({ ok: true, ticket: { number: 'A001', state: 'called' } });
    expect(queue.board().lastCalls.map((c) => [c.number, c.counterNumber, c.kind])).toEqual([
      ['A001', 2, 'recall'],
      ['A001', 1, 'call'],
    ]);
    queue.act('w2', { kind: 'skip' });
    expect(queue.counterView('w2')?.recallable).toEqual([]);
    expect(queue.act('w2', { kind: 'recall', number: 'A001' })).toMatchObject({ ok: false, reason: 'recall-limit' });
    expect(queue.act('w2', { kind: 'call' })).toMatchObject({ ok: true, ticket: { number: 'A002' } });
  });

  it('refuses 叫号 at a paused counter and 重呼 of a ticket being served', () => {
    const { queue, issue } = rig();
    issue('general');
    expect(queue.act('w1', { kind: 'pause' })).toMatchObject({ ok: true });
    expect(queue.act('w1', { kind: 'call' })).toMatchObject({ ok: false, reason: 'paused' });
    queue.act('w1', { kind: 'resume' });
    queue.act('w1', { kind: 'call' });
    expect(queue.act('w1', { kind: 'repeat' })).toMatchObject({ ok: true });
    queue.act('w1', { kind: 'start' });
    expect(queue.act('w1', { kind: 'repeat' })).toMatchObject({ ok: false, reason: 'wrong-state' });
    expect(queue.act('w1', { kind: 'pause' })).toMatchObject({ ok: false, reason: 'busy' });
  });
});

describe('hall queue: what a ticket is told', () => {
  it('counts who is ahead in its queue and estimates the wait from the day’s service times', () => {
    const { clock, queue, issue } = rig();
    // Three residents served at counter 1 in 4, 5 and 6 minutes.
    for (const minutes of [4, 5, 6]) {
      issue('general');
      queue.act('w1', { kind: 'call' });
      queue.act('w1', { kind: 'start' });
      clock.advance(minutes * 60_000);
      queue.act('w1', { kind: 'finish' });
    }
    issue('general');
    issue('general');
    const third = issue('general');
    const social = issue('social');
    // Two counters serve 综合受理: three quarters of 4.5–5.5 min each, shared by two.
    expect(queue.position(third)).toEqual({ ahead: 2, wait: { low: 4, high: 6 } });
    expect(queue.position(social)).toEqual({ ahead: 0, wait: { low: 0, high: 0 } });
    expect(queue.waitingCounts()).toEqual({ general: 3, social: 1 });
    // Counter 2 paused: counter 1 alone.
    queue.act('w2', { kind: 'pause' });
    expect(queue.position(third)).toEqual({ ahead: 2, wait: { low: 9, high: 11 } });
  });

  it('uses the hall’s default service time before anyone is served today', () => {
    const { queue, issue } = rig();
    issue('social');
    const second = issue('social');
    // One ahead, 6 minutes ±50 %, two counters (2 and 3) serve 社保.
    expect(queue.position(second)).toEqual({ ahead: 1, wait: { low: 1, high: 5 } });
  });
});

describe('hall queue: the host restarts', () => {
  it('carries on from the store after a restart: nothing lost, nothing called twice', () => {
    const first = rig();
    first.issue('general');
    first.issue('general');
    first.issue('general');
    first.queue.act('w1', { kind: 'call' });
    first.queue.act('w2', { kind: 'call' });
    // No close(): the process is gone as after kill -9; the committed transactions are in the file.
    const again = rig(first.dir, first.clock);
    expect(again.queue.board().counters.map((c) => c.ticket?.number ?? null)).toEqual(['A001', 'A002', null]);
    expect(again.queue.act('w1', { kind: 'finish' })).toMatchObject({ ok: true });
    expect(again.queue.act('w1', { kind: 'call' })).toMatchObject({ ok: true, ticket: { number: 'A003' } });
    expect(again.queue.waitingCounts()).toEqual({});
  });
});
