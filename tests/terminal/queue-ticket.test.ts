import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';
import { outcomeOf } from '../support/outcome.ts';

test('a placed ID card greets the resident by masked name only', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const session = h.lastEvent('session')?.session;
    assert.equal(session?.resident?.maskedName, '张*民');
    const status = await h.terminal.getStatus({});
    const shown = JSON.stringify(status);
    assert.ok(!shown.includes(hanResident.name), 'full name must not reach the UI');
    assert.ok(!shown.includes(hanResident.idNumber), 'ID number must not reach the UI');
  } finally {
    h.close();
  }
});

test('taking a queue ticket commits transaction, outbox and print job before printing, then prints once', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    let committedBeforePrint = false;
    h.printer.beforePrint = () => {
      const row = h.db.prepare(`SELECT COUNT(*) AS n FROM transactions t JOIN outbox o ON o.transaction_id = t.id WHERE t.kind = 'queue-ticket'`).get() as { n: number };
      committedBeforePrint = row.n === 1;
    };
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    assert.equal(ticket.ticketNumber, 'A001');
    assert.equal(ticket.print.state, 'printed');
    assert.ok(committedBeforePrint, 'the transaction and its outbox entry were committed before the printer got bytes');
    assert.equal(h.printer.printed.length, 1);
    const stored = h.transactions.get(ticket.transactionId)!;
    assert.equal(stored.data.ticketNumber, 'A001');
    assert.equal(stored.data.queueName, '综合受理窗口');
    // Personal data is sealed at rest and only readable through the cipher.
    const raw = readFileSync(join(h.dataDir, 'kiosk.db'));
    assert.ok(!raw.includes(Buffer.from(hanResident.idNumber)), 'ID number must not be stored in clear text');
    assert.deepEqual(h.transactions.personalOf(ticket.transactionId), { idNumber: hanResident.idNumber, name: hanResident.name });
    const second = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    assert.equal(second.ticketNumber, 'A002');
  } finally {
    h.close();
  }
});

test('a rating is committed as its own transaction for a ticket of this session only', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    await h.terminal.rateTransaction({ transactionId: ticket.transactionId, level: 5 });
    const rating = h.transactions.list().find((t) => t.kind === 'rating')!;
    // Per the cases contract's ratingDataSchema (issue 10): the target, level, label and reason.
    assert.deepEqual(rating.data, { target: { type: 'transaction', transactionId: ticket.transactionId }, level: 5, label: '非常满意', reason: null });
    assert.equal((h.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n, 2);
    await h.terminal.endSession({});
    await h.terminal.startAnonymousSession({});
    await assert.rejects(h.terminal.rateTransaction({ transactionId: ticket.transactionId, level: 1 }), /找不到要评价的业务/);
  } finally {
    h.close();
  }
});

test('every catalog service is built; identity-only services ask for the card', async () => {
  const h = createCoreHarness();
  try {
    await h.terminal.startAnonymousSession({});
    const progress = await h.terminal.chooseService({ serviceId: 'progress' });
    assert.equal(outcomeOf(progress), 'ok', 'progress needs no card: a number or a QR opens a case');
    const queue = await h.terminal.chooseService({ serviceId: 'queue' });
    assert.equal(outcomeOf(queue), 'needs-identity');
    const status = await h.terminal.getStatus({});
    assert.deepEqual(
      status.services.map((s) => s.name),
      ['政务信息查询', '证明打印', '事项办理', '诉求反映', '办件进度查询', '取号排队', '服务评价', '议题公告'],
    );
  } finally {
    h.close();
  }
});

test('paper end mid-job: the ticket waits, then prints exactly once after the paper is refilled', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    h.printer.runOutMidJob = true;
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    assert.equal(ticket.print.state, 'waiting');
    assert.match((ticket.print as { message: string }).message, /缺纸.*工作人员/);
    assert.equal(h.printer.printed.length, 0);
    h.printer.setStatus({ state: 'ready', paperNearEnd: false });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(h.printer.printed.length, 1);
    assert.deepEqual(h.lastEvent('print'), { transactionId: ticket.transactionId, report: { state: 'printed' } });
    h.printer.setStatus({ state: 'ready', paperNearEnd: true });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(h.printer.printed.length, 1, 'never printed twice');
  } finally {
    h.close();
  }
});

test('a disconnected printer puts only the services that need it out of service', async () => {
  const h = createCoreHarness();
  try {
    h.printer.setStatus({ state: 'disconnected', reason: 'port gone' });
    const status = await h.terminal.getStatus({});
    const byName = Object.fromEntries(status.services.map((s) => [s.name, s.outOfService]));
    assert.equal(byName['取号排队'], '暂停服务：打印机未连接');
    assert.equal(byName['政务信息查询'], null);
    h.cardReader.place(hanResident);
    await assert.rejects(h.terminal.takeQueueTicket({ serviceId: 'queue' }), /打印机未连接/);
  } finally {
    h.close();
  }
});
