// 服务评价 (好差评) on the real core: five levels; 不满意 and 非常不满意 need a reason from the list;
// one rating per item (also when the same ticket is reached two ways); a rating is a transaction
// with its outbox row, its optional words sealed; every refusal leaves the store as it was.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeCaseNumber, ratingDataSchema } from '../../shared/contract/cases.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';
import { shiftDay, zonedDay } from '../../config/zoned-time.ts';
import { outcomeOf } from '../support/outcome.ts';

const count = (h: ReturnType<typeof createCoreHarness>) => ({
  transactions: (h.db.prepare('SELECT COUNT(*) AS n FROM transactions').get() as { n: number }).n,
  outbox: (h.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n,
});

test('不满意 without a reason is refused and stores nothing; with a reason it is recorded once; a second rating is refused', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    const { items } = await h.terminal.ratingTargets({});
    assert.deepEqual(items.map((i) => [i.title, i.rated]), [['取号排队 A001', false]]);
    const target = items[0]!.target;
    const before = count(h);

    await assert.rejects(h.terminal.rate({ target, level: 2, reason: null, reasonText: null }), /请选择不满意的原因/);
    await assert.rejects(h.terminal.rate({ target, level: 1, reason: '太慢了', reasonText: null }), /请从列表中选择/);
    await assert.rejects(h.terminal.rate({ target, level: 5, reason: '服务态度差', reasonText: null }), /只有“不满意”和“非常不满意”需要/);
    await assert.rejects(h.terminal.rateTransaction({ transactionId: ticket.transactionId, level: 1 }), /请选择不满意的原因/);
    assert.deepEqual(count(h), before, 'refusals change nothing');

    const WORDS = '窗口让我来回跑了三趟';
    const done = await h.terminal.rate({ target, level: 2, reason: '多次跑动', reasonText: `  ${WORDS} ` });
    assert.equal(outcomeOf(done), 'ok');
    const stored = h.transactions.list().find((t) => t.kind === 'rating')!;
    assert.deepEqual(stored.data, { target: { type: 'transaction', transactionId: ticket.transactionId }, level: 2, label: '不满意', reason: '多次跑动', reasons: ['多次跑动'] });
    assert.ok(ratingDataSchema.safeParse(stored.data).success, 'per the contract');
    assert.deepEqual(h.transactions.personalOf(stored.id), { reasonText: WORDS });
    for (const file of readdirSync(h.dataDir).filter((f) => f.startsWith('kiosk.db'))) {
      assert.ok(!readFileSync(join(h.dataDir, file)).includes(Buffer.from(WORDS)), `${file}: the words are sealed`);
    }
    assert.deepEqual(count(h), { transactions: before.transactions + 1, outbox: before.outbox + 1 });

    const again = await h.terminal.rate({ target, level: 5, reason: null, reasonText: null });
    assert.deepEqual(again, { ok: false, reason: 'already-rated', message: '这项服务您已经评价过了，每项只能评价一次。', say: { id: 'cases.alreadyRated' } });
    await assert.rejects(h.terminal.rateTransaction({ transactionId: ticket.transactionId, level: 5 }), /已经评价过了/);
    // The same counter visit typed by its ticket number is the same item.
    const today = zonedDay(new Date(h.clock.now()), h.config.site.timeZone);
    const typed = await h.terminal.rate({ target: { type: 'ticket', ticketNumber: 'a001', date: today }, level: 4, reason: null, reasonText: null });
    assert.equal(outcomeOf(typed), 'already-rated');
    assert.deepEqual((await h.terminal.ratingTargets({})).items.map((i) => i.rated), [true]);
    assert.equal(count(h).transactions, before.transactions + 1);
  } finally {
    h.close();
  }
});

test('a counter visit by ticket number: format and the 7-day window are checked; no card needed', async () => {
  const h = createCoreHarness();
  try {
    await h.terminal.startAnonymousSession({});
    const now = new Date(h.clock.now());
    const today = zonedDay(now, h.config.site.timeZone);
    const eightDaysAgo = shiftDay(today, -8);
    const tomorrow = shiftDay(today, 1);
    const before = count(h);
    await assert.rejects(h.terminal.rate({ target: { type: 'ticket', ticketNumber: '12', date: today }, level: 5, reason: null, reasonText: null }), /号码有误/);
    await assert.rejects(h.terminal.rate({ target: { type: 'ticket', ticketNumber: 'B012', date: eightDaysAgo }, level: 5, reason: null, reasonText: null }), /7天内/);
    await assert.rejects(h.terminal.rate({ target: { type: 'ticket', ticketNumber: 'B012', date: tomorrow }, level: 5, reason: null, reasonText: null }), /7天内/);
    assert.deepEqual(count(h), before);
    const ok = await h.terminal.rate({ target: { type: 'ticket', ticketNumber: 'B012', date: today }, level: 3, reason: null, reasonText: null });
    assert.equal(outcomeOf(ok), 'ok');
    const stored = h.transactions.list().find((t) => t.kind === 'rating')!;
    assert.deepEqual(stored.data, { target: { type: 'ticket', ticketNumber: 'B012', date: today }, level: 3, label: '基本满意', reason: null });
    assert.equal(stored.serviceId, 'rating');
    assert.equal(h.transactions.personalOf(stored.id), null, 'no words, nothing personal');
    // A new visit does not reopen it: one rating per item at this kiosk.
    await h.terminal.endSession({});
    await h.terminal.startAnonymousSession({});
    assert.equal(outcomeOf(await h.terminal.rate({ target: { type: 'ticket', ticketNumber: 'B012', date: today }, level: 1, reason: '其他', reasonText: null })), 'already-rated');
  } finally {
    h.close();
  }
});

test('a case can be rated only once the resident was shown it; another visit\'s transaction cannot be rated', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    await assert.rejects(h.terminal.rate({ target: { type: 'case', caseNumber: makeCaseNumber(12, 1) }, level: 5, reason: null, reasonText: null }), /请先在“办件进度查询”中查到/);
    const wrongDigit = makeCaseNumber(12, 1).slice(0, 11) + String((Number(makeCaseNumber(12, 1)[11]) + 1) % 10);
    await assert.rejects(h.terminal.rate({ target: { type: 'case', caseNumber: wrongDigit }, level: 5, reason: null, reasonText: null }), /编号有误/);
    await h.terminal.endSession({});
    await h.terminal.startAnonymousSession({});
    await assert.rejects(h.terminal.rate({ target: { type: 'transaction', transactionId: ticket.transactionId }, level: 5, reason: null, reasonText: null }), /找不到要评价的业务/);
    assert.deepEqual((await h.terminal.ratingTargets({})).items, []);
  } finally {
    h.close();
  }
});
