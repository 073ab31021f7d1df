// 办件进度查询 on the real core against a stand-in hub route (tests/support/fake-cases-hub.ts, the
// contract's lookup rules): a card sees its own cases live, then offline as last known "截至" the
// hub's time; another card sees none of them; a typed number is checked before anything is asked;
// an anonymous case needs its 查询码; cases recorded here but not yet delivered show as 待上报.
import { test, beforeEach, afterEach } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { makeCaseNumber, type CaseStep } from '../../shared/contract/cases.ts';
import type { SyncStatus } from '../../terminal/api.ts';
import { createCentralClient } from '../../terminal/sync/central-client.ts';
import { createCasesLink } from '../../terminal/services/progress-query/cases-link.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { bothCases, testHub } from '../support/test-hub.ts';
import { startFakeCasesHub, type FakeCase, type FakeCasesHub } from '../support/fake-cases-hub.ts';
import { hanResident, tibetanResident } from '../support/fixtures.ts';
import { outcomeOf } from '../support/outcome.ts';

const REPLY = '您的低保申请已审核通过，下月起发放。';
const step = (status: CaseStep['status'], at: string, reply: string | null = null): CaseStep => ({ status, at, reply });

function fixtureCases(): FakeCase[] {
  return [
    {
      caseNumber: makeCaseNumber(12, 1),
      kind: 'application',
      title: '最低生活保障申请',
      status: '已办结',
      steps: [step('已接件', '2026-11-02T02:00:00.000Z'), step('已受理', '2026-11-03T02:00:00.000Z'), step('已办结', '2026-11-20T02:00:00.000Z', REPLY)],
      submittedAt: '2026-11-02T02:00:00.000Z',
      idNumber: hanResident.idNumber,
      anonymous: false,
      queryCode: '11112222',
    },
    {
      caseNumber: makeCaseNumber(12, 2),
      kind: 'demand',
      title: '投诉',
      status: '补正材料',
      steps: [step('已接件', '2026-11-10T02:00:00.000Z'), step('补正材料', '2026-11-11T02:00:00.000Z', '请补充现场照片。')],
      submittedAt: '2026-11-10T02:00:00.000Z',
      idNumber: hanResident.idNumber,
      anonymous: false,
      queryCode: '33334444',
    },
    {
      caseNumber: makeCaseNumber(12, 3),
      kind: 'demand',
      title: '举报',
      status: '已受理',
      steps: [step('已接件', '2026-11-12T02:00:00.000Z'), step('已受理', '2026-11-13T02:00:00.000Z', '已转交执法队。')],
      submittedAt: '2026-11-12T02:00:00.000Z',
      idNumber: null,
      anonymous: true,
      queryCode: '55556666',
    },
  ];
}

let hub: FakeCasesHub;
let online: boolean;
let h: ReturnType<typeof createCoreHarness>;
const status = (): SyncStatus => ({ state: online ? 'online' : 'offline', pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null });

beforeEach(async () => {
  hub = await startFakeCasesHub(fixtureCases());
  online = true;
  h = createCoreHarness({}, { syncStatus: status });
  h.terminal.connectHub(testHub({ cases: bothCases(createCasesLink(createCentralClient({ baseUrl: hub.url, timeoutMs: 2000 }))) }));
});
afterEach(async () => {
  h.close();
  await hub.close();
});

const notices = () => {
  const seen: number[] = [];
  h.terminal.on('progressNotice', ({ count }) => seen.push(count));
  return seen;
};
const until = async (ok: () => boolean) => {
  const end = Date.now() + 5000;
  while (!ok()) {
    assert.ok(Date.now() < end, 'timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

test('a card: the greeting learns of 2 results in the background; the list is theirs, newest first, with replies; then offline "截至" the hub time', async () => {
  const seen = notices();
  h.cardReader.place(hanResident);
  await until(() => seen.length > 0);
  assert.deepEqual(seen, [2], '您有 2 件办理结果');
  assert.equal((await h.terminal.progressNotice({})).count, 2);
  assert.deepEqual(hub.lookups.at(-1), { by: 'resident', idNumber: hanResident.idNumber, markSeen: false }, 'the ID number comes from the card, in the core');

  const live = await h.terminal.myCases({});
  assert.equal(live.ok, true);
  if (!live.ok) return;
  assert.equal(live.source, 'live');
  assert.deepEqual(live.cases.map((c) => c.title), ['投诉', '最低生活保障申请'], 'newest first, the anonymous one is not theirs');
  assert.deepEqual(live.cases.map((c) => c.isNew), [true, true]);
  assert.equal(live.cases[1]!.steps.at(-1)!.reply, REPLY);
  assert.equal((await h.terminal.progressNotice({})).count, 0, 'seen now: the greeting has nothing new to say');

  // The link drops: the same list, as last known at the hub's time, marked so.
  online = false;
  const before = hub.lookups.length;
  const offline = await h.terminal.myCases({});
  assert.equal(hub.lookups.length, before, 'offline, nobody waits for the hub');
  assert.equal(offline.ok, true);
  if (!offline.ok) return;
  assert.equal(offline.source, 'last-known');
  assert.ok(offline.asOf && !Number.isNaN(Date.parse(offline.asOf)), 'asOf is the time of the last answer');
  assert.deepEqual(offline.cases.map((c) => [c.title, c.status, c.steps.at(-1)!.reply]), live.cases.map((c) => [c.title, c.status, c.steps.at(-1)!.reply]));

  // Sealed at rest: neither the clerk's reply nor the ID number is readable in the store files.
  for (const file of readdirSync(h.dataDir).filter((f) => f.startsWith('kiosk.db'))) {
    const raw = readFileSync(join(h.dataDir, file));
    assert.ok(!raw.includes(Buffer.from(REPLY)), `${file} holds the reply in clear`);
    assert.ok(!raw.includes(Buffer.from(hanResident.idNumber)), `${file} holds the ID number in clear`);
  }

  // Another resident, offline on the same kiosk, sees none of it.
  h.cardReader.place(tibetanResident);
  const other = await h.terminal.myCases({});
  assert.deepEqual(other.ok ? [other.source, other.cases.length] : other, ['local', 0]);
});

test('the hub there but failing: the last-known list, not an error', async () => {
  h.cardReader.place(hanResident);
  await h.terminal.myCases({});
  hub.down = true;
  const got = await h.terminal.myCases({});
  assert.deepEqual(got.ok ? [got.source, got.cases.length] : got, ['last-known', 2]);
});

test('a typed number: a wrong check digit is refused before any request; without the 查询码 replies are hidden; an anonymous case needs its code', async () => {
  await h.terminal.startAnonymousSession({});
  const good = makeCaseNumber(12, 1);
  const wrong = good.slice(0, 11) + String((Number(good[11]) + 1) % 10);
  const swapped = good.slice(0, 9) + good[10] + good[9] + good[11];
  for (const typed of [wrong, ...(swapped !== good ? [swapped] : [])]) {
    await assert.rejects(h.terminal.lookupCase({ caseNumber: typed, queryCode: null }), /编号有误，请核对/);
  }
  await assert.rejects(h.terminal.lookupCase({ caseNumber: '1234', queryCode: null }), /12位数字/);
  await assert.rejects(h.terminal.lookupCase({ caseNumber: good, queryCode: '12ab' }), /查询码是8位数字/);
  assert.equal(hub.lookups.length, 0, 'nothing was asked');

  const hidden = await h.terminal.lookupCase({ caseNumber: `${good.slice(0, 4)}-${good.slice(4, 11)}-${good[11]}`, queryCode: null });
  assert.ok(hidden.ok && hidden.cases[0]!.repliesHidden && hidden.cases[0]!.steps.every((s) => s.reply === null));
  const full = await h.terminal.lookupCase({ caseNumber: good, queryCode: '11112222' });
  assert.ok(full.ok && full.cases[0]!.steps.at(-1)!.reply === REPLY);

  const anonymous = makeCaseNumber(12, 3);
  const asked = await h.terminal.lookupCase({ caseNumber: anonymous, queryCode: null });
  assert.equal(!asked.ok && asked.reason, 'needs-query-code');
  const opened = await h.terminal.lookupCase({ caseNumber: anonymous, queryCode: '55556666' });
  assert.ok(opened.ok && opened.cases[0]!.steps.at(-1)!.reply === '已转交执法队。');
  const unknown = await h.terminal.lookupCase({ caseNumber: makeCaseNumber(12, 99), queryCode: null });
  assert.deepEqual(unknown, { ok: false, reason: 'not-found', message: '没有找到这个编号的办件，请核对编号。', say: { id: 'cases.caseNotFound' } });
});

test('cases recorded here and not yet delivered show as 已接件 待上报, with no hub at all, to their owner only', async () => {
  online = false;
  const sha = (code: string) => createHash('sha256').update(code).digest('hex');
  const mine = makeCaseNumber(0, 7);
  const anon = makeCaseNumber(0, 8);
  h.transactions.record({
    sessionId: 's', seq: 1, kind: 'application', serviceId: 'apply', occurredAt: new Date('2026-11-30T03:00:00Z'),
    data: { caseNumber: mine, queryCodeHash: sha('12345678'), itemId: 'dibao', itemName: '最低生活保障申请' },
    personal: { idNumber: hanResident.idNumber, fields: {} },
  });
  h.transactions.record({
    sessionId: 's', seq: 2, kind: 'demand', serviceId: 'demand', occurredAt: new Date('2026-11-30T04:00:00Z'),
    data: { caseNumber: anon, category: '建议', siteId: null, anonymous: true, queryCodeHash: sha('87654321') },
    personal: { idNumber: null, description: '路灯不亮', placeText: null, callbackPhone: null },
  });
  h.cardReader.place(hanResident);
  const got = await h.terminal.myCases({});
  assert.ok(got.ok);
  assert.deepEqual(got.cases.map((c) => [c.caseNumber, c.status, c.pendingUpload]), [[mine, '已接件', true]]);
  h.cardReader.place(tibetanResident);
  const other = await h.terminal.myCases({});
  assert.ok(other.ok && other.cases.length === 0);
  assert.deepEqual(outcomeOf(await h.terminal.lookupCase({ caseNumber: anon, queryCode: null })), 'needs-query-code');
  assert.deepEqual(outcomeOf(await h.terminal.lookupCase({ caseNumber: anon, queryCode: '11111111' })), 'needs-query-code');
  const opened = await h.terminal.lookupCase({ caseNumber: anon, queryCode: '87654321' });
  assert.ok(opened.ok && opened.cases[0]!.pendingUpload && opened.cases[0]!.title === '建议');
});

test('without a card, "my cases" asks for the card; an offline unknown number says it cannot be checked now', async () => {
  await h.terminal.startAnonymousSession({});
  await assert.rejects(h.terminal.myCases({}), /需要身份证/);
  online = false;
  const got = await h.terminal.lookupCase({ caseNumber: makeCaseNumber(12, 1), queryCode: null });
  assert.equal(outcomeOf(got), 'not-found');
  assert.match((got as { message: string }).message, /暂时无法连接/);
});

test('a hub answer that does not match the contract is not shown: the kiosk falls back to what it knew', async () => {
  const answers: unknown[] = [{ cases: [{ caseNumber: '123', title: 'x' }], checkedAt: 'now' }, { error: 'needs-query-code', message: 'm' }];
  let status = 200;
  const fakeFetch = (async () => new Response(JSON.stringify(answers.shift()), { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;
  const link = createCasesLink(createCentralClient({ baseUrl: 'http://hub.invalid', fetch: fakeFetch }));
  const bad = await link.lookup({ by: 'number', caseNumber: makeCaseNumber(12, 1), queryCode: null });
  assert.equal(!bad.ok && bad.reason, 'unreachable');
  status = 422;
  assert.deepEqual(await link.lookup({ by: 'number', caseNumber: makeCaseNumber(12, 3), queryCode: null }), { ok: false, reason: 'needs-query-code' });
});

test('a hub without the lookup route (404) is no answer: the last-known list stays', async () => {
  h.cardReader.place(hanResident);
  await h.terminal.myCases({});
  const fakeFetch = (async () => new Response(JSON.stringify({ message: 'Route POST:/v1/cases/lookup not found', error: 'Not Found', statusCode: 404 }), { status: 404 })) as typeof fetch;
  h.terminal.connectHub(testHub({ cases: bothCases(createCasesLink(createCentralClient({ baseUrl: 'http://hub.invalid', fetch: fakeFetch }))) }));
  for (let i = 0; i < 2; i++) {
    const got = await h.terminal.myCases({});
    assert.deepEqual(got.ok ? [got.source, got.cases.length] : got, ['last-known', 2]);
  }
});
