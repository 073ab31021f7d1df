// The kiosk's side of the hall queue (issue 25), through KioskApi on a core with a manual clock:
// the 取号 screen's waiting counts, the ticket's place and wait, 长辈 priority from the ID card,
// and a number refused after its queue's closing time.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../config/default-catalog.ts';
import { createCoreHarness } from '../../support/core-harness.ts';
import { hanResident, tibetanResident } from '../../support/fixtures.ts';
import { decodeEscPos } from '../../../drivers/sim/escpos-decoder.ts';

const printedLines = (bytes: Uint8Array) => decodeEscPos(bytes, { columns: 48 }).flatMap((i) => (i.kind === 'text' ? [i.text] : []));

const pinHash = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';
/** Under the hall's 长辈 age: an ordinary ticket. */
const youngerResident = { ...tibetanResident, birthDate: '1985-04-12' };
const hall = { enabled: true, counters: [{ id: 'w1', number: 1, queues: ['general'], pinHash }], defaultServiceMinutes: 4 };

describe('hall queue at the kiosk', () => {
  it('shows the waiting count before a number and tells each ticket how many are ahead', async () => {
    const h = createCoreHarness({ hall });
    try {
      h.cardReader.place(youngerResident);
      expect(await h.terminal.queueWaiting({ serviceId: 'queue' })).toEqual({ enabled: true, waiting: { general: 0 }, priorityClasses: ['disabled', 'military'] });
      const first = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
      const second = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
      expect(first.position).toEqual({ ahead: 0, wait: { low: 0, high: 0 } });
      // One ahead, 4 minutes ±50 % at the one counter.
      expect(second.position).toEqual({ ahead: 1, wait: { low: 2, high: 6 } });
      expect(await h.terminal.queueWaiting({ serviceId: 'queue' })).toEqual({ enabled: true, waiting: { general: 2 }, priorityClasses: ['disabled', 'military'] });
      // The slip says it too, as an estimate.
      expect(printedLines(h.printer.printed.at(-1)!).join('')).toContain('前面还有 1 人，预计等候约 2–6 分钟（仅供参考）。');
      expect(h.terminal.hallQueue.act('w1', { kind: 'call' })).toMatchObject({ ok: true, ticket: { number: 'A001' } });
      expect(await h.terminal.queueWaiting({ serviceId: 'queue' })).toEqual({ enabled: true, waiting: { general: 1 }, priorityClasses: ['disabled', 'military'] });
      // 完成 records the service for the hub with its outbox row, once: a second 完成 is refused.
      h.clock.advance(5 * 60_000);
      h.terminal.hallQueue.act('w1', { kind: 'finish' });
      expect(h.terminal.hallQueue.act('w1', { kind: 'finish' })).toMatchObject({ ok: false, reason: 'no-ticket' });
      const sent = h.db.prepare(`SELECT t.data FROM transactions t JOIN outbox o ON o.transaction_id = t.id WHERE t.kind = 'queue-service'`).all() as { data: string }[];
      expect(sent.map((r) => JSON.parse(r.data))).toEqual([
        expect.objectContaining({ ticketNumber: 'A001', counterNumber: 1, queueId: 'general', calledAt: '2026-11-23T01:30:00.000Z', finishedAt: '2026-11-23T01:35:00.000Z', siteCode: 'SL-DS-01' }),
      ]);
    } finally {
      h.close();
    }
  });

  it('gives a resident of 70 or more a 长辈 ticket that is called first', async () => {
    const h = createCoreHarness({ hall });
    try {
      h.cardReader.place(youngerResident);
      const ordinary = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
      h.cardReader.place(hanResident); // born 1956: 70 on the harness's day in 2026
      const elder = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
      expect(ordinary.priority).toBeUndefined();
      expect(elder).toMatchObject({ priority: 'elder', position: { ahead: 0 } });
      expect(h.terminal.hallQueue.act('w1', { kind: 'call' })).toMatchObject({ ok: true, ticket: { number: elder.ticketNumber } });
    } finally {
      h.close();
    }
  });

  it('gives a 军人 or 残疾人 the priority they declare, says to show the certificate, and calls it before ordinary tickets', async () => {
    const h = createCoreHarness({ hall });
    try {
      h.cardReader.place(youngerResident);
      const ordinary = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
      const military = await h.terminal.takeQueueTicket({ serviceId: 'queue', priority: 'military' });
      expect(military).toMatchObject({ priority: 'military', position: { ahead: 0 } });
      expect(printedLines(h.printer.printed.at(-1)!).join('')).toContain('军人优先：请在窗口出示军人证件');
      const disabled = await h.terminal.takeQueueTicket({ serviceId: 'queue', priority: 'disabled' });
      expect(disabled).toMatchObject({ priority: 'disabled', position: { ahead: 1 } });
      const called = [0, 1, 2].map(() => {
        const outcome = h.terminal.hallQueue.act('w1', { kind: 'call' });
        h.terminal.hallQueue.act('w1', { kind: 'finish' });
        return outcome.ok && outcome.ticket?.number;
      });
      expect(called).toEqual([military.ticketNumber, disabled.ticketNumber, ordinary.ticketNumber]);
    } finally {
      h.close();
    }
  });

  it('ignores a declared priority the hall does not list, and does not offer it', async () => {
    const h = createCoreHarness({ hall: { ...hall, priority: { classes: ['elder', 'disabled'] } } });
    try {
      h.cardReader.place(youngerResident);
      expect(await h.terminal.queueWaiting({ serviceId: 'queue' })).toMatchObject({ priorityClasses: ['disabled'] });
      const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue', priority: 'military' });
      expect(ticket.priority).toBeUndefined();
      expect(h.db.prepare('SELECT priority FROM hall_tickets').get()).toEqual({ priority: null });
    } finally {
      h.close();
    }
  });

  it('refuses a number after the queue closes, with the time, and issues nothing', async () => {
    const h = createCoreHarness({ hall });
    try {
      h.terminal.applyCatalog({
        ...defaultCatalog,
        services: defaultCatalog.services.map((s) => (s.kind === 'queue-ticket' ? { ...s, queues: s.queues!.map((q) => ({ ...q, closesAt: '09:30' })) } : s)),
      });
      h.cardReader.place(youngerResident);
      // The harness's clock stands at 09:30 Beijing time.
      await expect(h.terminal.takeQueueTicket({ serviceId: 'queue' })).rejects.toMatchObject({ code: 'unavailable', message: '今天 09:30 以后不再取号，请明天办理时间再来。' });
      expect(h.transactions.list()).toEqual([]);
      expect(await h.terminal.queueWaiting({ serviceId: 'queue' })).toEqual({ enabled: true, waiting: { general: 0 }, priorityClasses: ['disabled', 'military'] });
    } finally {
      h.close();
    }
  });

  it('numbers tickets without a queue where the hall does not run one here', async () => {
    const h = createCoreHarness();
    try {
      h.cardReader.place(youngerResident);
      expect(await h.terminal.queueWaiting({ serviceId: 'queue' })).toEqual({ enabled: false, waiting: {} });
      const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
      expect(ticket.position).toBeUndefined();
      expect(h.db.prepare('SELECT COUNT(*) AS n FROM hall_tickets').get()).toEqual({ n: 0 });
    } finally {
      h.close();
    }
  });
});
