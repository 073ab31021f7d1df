// The hall's queue host killed with SIGKILL mid-day (issue 25): a real kiosk process holds the
// queue, a second kiosk core in this process takes numbers from it, window 1's counter page and
// the hall display run in Chromium, and window 2 and two stream followers speak the protocol. After
// the kill the second kiosk gives no number (none that could clash) and both pages show they lost
// the host; after the restart on the same data dir the waiting list, the numbers and the called
// tickets are all there, the pages and the streams reconnect by themselves and carry on (the
// clerk at window 1 finishes and calls the next on the page), no ticket is lost and none is called
// twice.
import { afterAll, test } from 'vitest';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startKioskProcess, type KioskProcess } from '../support/kiosk-process.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { deadHttpUrl } from '../support/dead-address.ts';
import { followEvents, type SseEvent } from '../support/sse-follower.ts';
import { tibetanResident } from '../support/fixtures.ts';
import { hashPin } from '../../terminal/technician/pin-hash.ts';

type Board = { counters: { id: string; ticket: { number: string; state: string } | null }[]; waiting: { queueId: string; count: number }[]; lastCalls: { number: string }[] };
type Streamed = { call: { number: string; counterNumber: number } | null; board: Board };

const root = mkdtempSync(join(tmpdir(), 'hall-kill9-'));
const dataDir = join(root, 'host-data');
mkdirSync(dataDir);
const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(root, { recursive: true, force: true });
});

function killHard(kiosk: KioskProcess): Promise<unknown> {
  const exited = new Promise((r) => kiosk.child.once('exit', r));
  let helpers: number[] = [];
  try {
    helpers = execFileSync('pgrep', ['-P', String(kiosk.child.pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    // none
  }
  kiosk.child.kill('SIGKILL');
  for (const pid of helpers) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return exited;
}

test('kill -9 of the queue host: nothing lost, nothing called twice, counters and display reconnect', { timeout: 240_000 }, async () => {
  const base = await deadHttpUrl();
  const config = {
    site: { name: '东升街道便民服务中心', code: 'SL-DS-01' },
    hall: {
      enabled: true,
      port: Number(new URL(base).port),
      counters: [
        { id: 'w1', number: 1, queues: ['general'], pinHash: hashPin('1111') },
        { id: 'w2', number: 2, queues: ['general'], pinHash: hashPin('2222') },
      ],
      displayCodeHash: hashPin('246810'),
      kioskCodeHash: hashPin('864209'),
    },
  };
  const start = () => startKioskProcess({ dataDir, config, args: ['--standalone'], timeoutMs: 90_000 });
  let host = await start();
  cleanups.push(() => host.stop());
  const second = createCoreHarness({ hall: { enabled: true, host: { url: base, code: '864209' } } });
  cleanups.push(() => second.close());
  second.cardReader.place({ ...tibetanResident, birthDate: '1985-04-12' });
  const take = async () => (await second.terminal.takeQueueTicket({ serviceId: 'queue', queueId: 'general' })).ticketNumber;

  const post = async (path: string, body: unknown, token?: string) => {
    const res = await fetch(base + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const tokenOf = async (path: string, body: unknown) => String((await post(path, body)).body.token);
  const act = async (token: string, action: unknown) => {
    const { status, body } = await post('/hall/counter', action, token);
    assert.equal(status, 200, JSON.stringify(body));
    return (body.ticket as { number: string } | null)?.number ?? null;
  };

  const numbers = [await take(), await take(), await take(), await take(), await take()];
  assert.deepEqual(numbers, ['A001', 'A002', 'A003', 'A004', 'A005']);
  const browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
  cleanups.push(() => browser.close());
  const windowOne: Page = await browser.newPage();
  await windowOne.goto(`${base}/counter`);
  await windowOne.getByLabel('窗口编号').fill('w1');
  await windowOne.getByLabel('密码').fill('1111');
  await windowOne.getByRole('button', { name: '登录' }).click();
  await windowOne.locator('body[data-live="yes"]').waitFor();
  const hallTv: Page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await hallTv.goto(`${base}/display`);
  await hallTv.getByLabel('登记码').fill('246810');
  await hallTv.getByRole('button', { name: '登记' }).click();
  await hallTv.locator('body[data-live="yes"]').waitFor();
  const shownAt = (counter: number, number: string) => hallTv.locator(`li[data-counter="${counter}"] .ticket`).getByText(number).waitFor({ timeout: 20_000 });
  const display = await tokenOf('/hall/enroll', { code: '246810' });
  const w1 = await tokenOf('/hall/sign-in', { counterId: 'w1', pin: '1111' });
  const w2 = await tokenOf('/hall/sign-in', { counterId: 'w2', pin: '2222' });
  const displayStream = followEvents(`${base}/hall/events?token=${encodeURIComponent(display)}`);
  const counterStream = followEvents(`${base}/hall/events?token=${encodeURIComponent(w1)}`);
  cleanups.push(() => displayStream.stop(), () => counterStream.stop());
  const called = (stream: typeof displayStream, number: string, connection: number) =>
    stream.when((e: SseEvent) => e.name === 'call' && e.connection === connection && (e.data as Streamed).call?.number === number, `${number} called (connection ${connection})`);

  await displayStream.when((e) => e.name === 'board', 'the first board');
  await windowOne.getByRole('button', { name: '叫号' }).click();
  await windowOne.locator('#current').getByText('A001').waitFor();
  await shownAt(1, 'A001');
  assert.equal(await act(w2, { kind: 'call' }), 'A002');
  await act(w2, { kind: 'start' });
  await called(displayStream, 'A002', 1);

  // Mid-day, the host's power is cut.
  await killHard(host);
  await assert.rejects(take(), (err: Error) => /连不上大厅的排队系统/.test(err.message), 'no number while the host is down: one of its own could clash');
  await windowOne.locator('body[data-live="no"]').waitFor({ timeout: 20_000 });
  await hallTv.locator('body[data-live="no"]').waitFor({ timeout: 20_000 });

  host = await start();
  // The streams come back by themselves; the first board after the restart is the day as it was.
  const resumed = (await displayStream.when((e) => e.name === 'board' && e.connection === 2, 'the board after the restart')).data as Streamed;
  const held = Object.fromEntries(resumed.board.counters.map((c) => [c.id, c.ticket && `${c.ticket.number} ${c.ticket.state}`]));
  assert.deepEqual(held, { w1: 'A001 called', w2: 'A002 serving' });
  assert.deepEqual(resumed.board.waiting.find((w) => w.queueId === 'general')?.count, 3);
  assert.deepEqual(resumed.board.lastCalls.map((c) => c.number), ['A002', 'A001']);
  await counterStream.when((e) => e.name === 'board' && e.connection === 2, "counter 1's stream reconnected");
  // The pages reconnect by themselves (EventSource), still signed in: the clerk sees the ticket held.
  await windowOne.locator('body[data-live="yes"]').waitFor({ timeout: 20_000 });
  await hallTv.locator('body[data-live="yes"]').waitFor({ timeout: 20_000 });
  await windowOne.locator('#current').getByText('A001').waitFor();

  // The counters carry on with the tokens they had (signed with a key the restart kept).
  await windowOne.getByRole('button', { name: '完成' }).click();
  await windowOne.getByRole('button', { name: '叫号' }).click();
  await windowOne.locator('#current').getByText('A003').waitFor();
  await shownAt(1, 'A003');
  await called(displayStream, 'A003', 2);
  await called(counterStream, 'A003', 2);
  await act(w2, { kind: 'finish' });
  assert.equal(await act(w2, { kind: 'call' }), 'A004');
  assert.equal(await take(), 'A006', 'numbering goes on from the host’s store, nothing issued twice');
  await called(displayStream, 'A004', 2);

  assert.equal(await host.stop(), 0);
  const db = new Database(join(dataDir, 'kiosk.db'), { readonly: true });
  const tickets = db.prepare('SELECT number, state FROM hall_tickets ORDER BY number').all();
  const calls = db.prepare(`SELECT t.number, COUNT(*) AS n FROM hall_calls c JOIN hall_tickets t ON t.id = c.ticket_id WHERE c.kind = 'call' GROUP BY t.number ORDER BY t.number`).all();
  db.close();
  assert.deepEqual(tickets, [
    { number: 'A001', state: 'done' },
    { number: 'A002', state: 'done' },
    { number: 'A003', state: 'called' },
    { number: 'A004', state: 'called' },
    { number: 'A005', state: 'waiting' },
    { number: 'A006', state: 'waiting' },
  ]);
  assert.deepEqual(calls, ['A001', 'A002', 'A003', 'A004'].map((number) => ({ number, n: 1 })), 'each ticket called once');
});
