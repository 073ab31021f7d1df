// What the core says to a resident outside the case services carries its id in the says catalog
// (terminal/says/core.ts), so the screen shows it in the resident's language: outages by reason,
// refusals, print reports, the closed kiosk's default notice, card refusals. The Chinese text stays
// what it was; an admin's own notice stays as written (it has no id).
import { afterEach, test } from 'vitest';
import assert from 'node:assert/strict';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';
import { KioskError, type KioskEvents } from '../../terminal/api.ts';
import { RESIDENT_MESSAGES } from '../../drivers/idcard-sam/reader.ts';
import { saidText } from '../../renderer/i18n/said.ts';
import { setLocale } from '../../renderer/i18n/locale-store.ts';
import { DEFAULT_OUT_OF_SERVICE_MESSAGE } from '../../terminal/terminal.ts';

afterEach(() => setLocale('zh-CN'));

async function refusalOf(call: Promise<unknown>): Promise<KioskError> {
  try {
    await call;
  } catch (err) {
    assert.ok(err instanceof KioskError, String(err));
    return err;
  }
  throw new Error('the call should have been refused');
}

test('an unplugged printer: the tile, the choice and the refused ticket say why, in English and Uyghur too', async () => {
  const h = createCoreHarness();
  try {
    h.printer.setStatus({ state: 'disconnected', reason: 'unplugged' });
    h.cardReader.place(hanResident);
    const tile = (await h.terminal.getStatus({})).services.find((s) => s.id === 'queue')!;
    assert.equal(tile.outOfService, '暂停服务：打印机未连接', 'the Chinese notice is unchanged');
    assert.deepEqual(tile.outOfServiceSay, { id: 'core.outage', values: { reason: 'printerOff' } });
    setLocale('en');
    assert.equal(saidText(tile.outOfService!, tile.outOfServiceSay), 'Out of service: the printer is not connected');
    setLocale('ug');
    assert.match(saidText(tile.outOfService!, tile.outOfServiceSay), /پرىنتېر ئۇلانمىدى/);

    const chosen = await h.terminal.chooseService({ serviceId: 'queue' });
    assert.ok(!chosen.ok && chosen.reason === 'out-of-service');
    assert.equal(chosen.say?.id, 'core.outageGoToCounter');
    assert.equal(chosen.message, '暂停服务：打印机未连接。请到人工窗口办理。');

    const refused = await refusalOf(h.terminal.takeQueueTicket({ serviceId: 'queue' }));
    assert.equal(refused.message, '暂停服务：打印机未连接。请到人工窗口取号。');
    setLocale('en');
    assert.equal(saidText(refused.message, refused.say), 'Out of service: the printer is not connected. Please take a number at a staffed counter.');
  } finally {
    h.close();
  }
});

test('out of paper: the ticket is issued and its print report says so in the resident\'s language', async () => {
  const h = createCoreHarness();
  try {
    h.printer.setStatus({ state: 'paper-end' });
    h.cardReader.place(hanResident);
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    assert.equal(ticket.print.state, 'waiting');
    assert.ok(ticket.print.state === 'waiting' && ticket.print.say);
    assert.equal(ticket.print.say.id, 'core.printWaitingPaperEnd');
    assert.match(ticket.print.message, /^打印机缺纸，凭条暂未打印/);
    setLocale('en');
    assert.match(saidText(ticket.print.message, ticket.print.say), /^The printer is out of paper/);
    setLocale('ug');
    assert.match(saidText(ticket.print.message, ticket.print.say), /^پرىنتېردا قەغەز يوق/);
  } finally {
    h.close();
  }
});

test('the closed kiosk: its default notice is translated, an admin\'s own words are not', async () => {
  const h = createCoreHarness();
  try {
    const refusals: KioskEvents['cardRefused'][] = [];
    h.terminal.on('cardRefused', (e) => refusals.push(e));
    h.terminal.setOutOfService(DEFAULT_OUT_OF_SERVICE_MESSAGE);
    const closed = (await h.terminal.getStatus({})).outOfService!;
    assert.deepEqual(closed, { message: '本机暂停服务，请到人工窗口办理。', say: { id: 'core.kioskClosed' } });
    setLocale('en');
    assert.equal(saidText(closed.message, closed.say), 'This kiosk is out of service. Please go to a staffed counter.');
    const refused = await refusalOf(h.terminal.startAnonymousSession({}));
    assert.equal(refused.say?.id, 'core.kioskClosed');
    h.cardReader.place(hanResident);
    assert.equal(refusals.at(-1)?.say?.id, 'core.kioskClosed');

    h.terminal.setOutOfService('今日下午停电检修，请到二楼3号窗口。');
    const admin = (await h.terminal.getStatus({})).outOfService!;
    assert.deepEqual(admin, { message: '今日下午停电检修，请到二楼3号窗口。' });
    assert.equal(saidText(admin.message, admin.say), '今日下午停电检修，请到二楼3号窗口。');
  } finally {
    h.close();
  }
});

test('a card the reader refuses: the notice carries its id (the driver words it in Chinese)', () => {
  const h = createCoreHarness();
  try {
    const refusals: KioskEvents['cardRefused'][] = [];
    h.terminal.on('cardRefused', (e) => refusals.push(e));
    h.cardReader.emit('refused', { message: RESIDENT_MESSAGES.unreadable });
    h.cardReader.emit('refused', { message: '一条驱动新写的提示' });
    assert.deepEqual(refusals, [
      { message: RESIDENT_MESSAGES.unreadable, say: { id: 'core.cardUnreadable' } },
      { message: '一条驱动新写的提示' },
    ]);
    setLocale('en');
    assert.equal(saidText(refusals[0]!.message, refusals[0]!.say), 'The ID card could not be read. Please lift it up and place it again.');
  } finally {
    h.close();
  }
});

test('refusals with values: an unknown counter keeps its id in place in every language', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    const refused = await refusalOf(h.terminal.takeQueueTicket({ serviceId: 'queue', queueId: 'nope' }));
    assert.equal(refused.message, '没有这个排队窗口：nope');
    setLocale('en');
    assert.equal(saidText(refused.message, refused.say), 'There is no such counter: nope');
    setLocale('ug');
    assert.match(saidText(refused.message, refused.say), /\u2068nope\u2069/);
  } finally {
    h.close();
  }
});
