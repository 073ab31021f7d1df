// 不满意 with several reasons (issue 21): the hint says "choose at least one", so a resident may
// choose several, and the rating the core stores and sends carries every one of them, through the
// KioskApi boundary (its schema) as well. Ratings stored before keep reading as one reason.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { makeCaseNumber, ratingDataSchema, ratingReasonsOf } from '../../shared/contract/cases.ts';
import { requestSchemas } from '../../terminal/api.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';
import { createOutboxStore } from '../../terminal/store/outbox.ts';
import { createFieldCipher, loadOrCreateStoreKey } from '../../terminal/store/field-cipher.ts';
import { outcomeOf } from '../support/outcome.ts';

test('several reasons are stored and sent, in the order chosen, each once; the first is also `reason` for older readers', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    const asked = requestSchemas.rate.parse({ target: { type: 'transaction', transactionId: ticket.transactionId }, level: 1, reasons: ['服务态度差', '等候时间长', '服务态度差'], reasonText: null });
    assert.equal(outcomeOf(await h.terminal.rate(asked)), 'ok');
    const stored = h.transactions.list().find((t) => t.kind === 'rating')!;
    assert.deepEqual(stored.data, { target: { type: 'transaction', transactionId: ticket.transactionId }, level: 1, label: '非常不满意', reason: '服务态度差', reasons: ['服务态度差', '等候时间长'] });
    assert.ok(ratingDataSchema.safeParse(stored.data).success, 'per the contract');
    // What the sync sends to the hub: the outbox's next batch.
    const sent = createOutboxStore(h.db, createFieldCipher(loadOrCreateStoreKey(h.dataDir))).nextBatch(10).items.find((i) => i.kind === 'rating')!;
    assert.deepEqual((sent.payload.data as { reasons: string[] }).reasons, ['服务态度差', '等候时间长']);
  } finally {
    h.close();
  }
});

test('rateTransaction (right after a ticket) takes several reasons too', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    await h.terminal.rateTransaction(requestSchemas.rateTransaction.parse({ transactionId: ticket.transactionId, level: 2, reasons: ['办事效率低', '多次跑动'] }));
    assert.deepEqual(ratingReasonsOf(h.transactions.list().find((t) => t.kind === 'rating')!.data as never), ['办事效率低', '多次跑动']);
  } finally {
    h.close();
  }
});

test('none chosen, one off the list, or reasons with a good level: refused as before', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    const target = { type: 'transaction' as const, transactionId: ticket.transactionId };
    await assert.rejects(h.terminal.rate({ target, level: 2, reasons: [], reasonText: null }), /请选择不满意的原因/);
    await assert.rejects(h.terminal.rate({ target, level: 2, reasons: ['多次跑动', '太慢了'], reasonText: null }), /请从列表中选择/);
    await assert.rejects(h.terminal.rate({ target, level: 4, reasons: ['多次跑动'], reasonText: null }), /只有“不满意”和“非常不满意”需要/);
    assert.equal(h.transactions.list().filter((t) => t.kind === 'rating').length, 0);
  } finally {
    h.close();
  }
});

test('a rating stored before several reasons could be chosen still reads: its one reason', () => {
  const old = { target: { type: 'case', caseNumber: makeCaseNumber(12, 345) }, level: 2, label: '不满意', reason: '多次跑动' };
  assert.ok(ratingDataSchema.safeParse(old).success);
  assert.deepEqual(ratingReasonsOf(ratingDataSchema.parse(old)), ['多次跑动']);
  assert.deepEqual(ratingReasonsOf(ratingDataSchema.parse({ ...old, level: 5, label: '非常满意', reason: null })), []);
  assert.ok(!ratingDataSchema.safeParse({ ...old, reason: '多次跑动', reasons: ['等候时间长'] }).success, '`reason` is the first of `reasons`');
});
