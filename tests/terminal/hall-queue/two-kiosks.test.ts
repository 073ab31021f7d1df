// Two kiosks in one hall (issue 25): the queue host and a second kiosk core in this process, the
// second taking every number from the host over HTTP (signed in with the hall's kiosk code). Tickets
// taken at both, interleaved, never clash and are called in the order they were taken; with the
// host unreachable the second kiosk gives no number, says so to the resident and to the technician.
import { afterEach, describe, expect, it } from 'vitest';
import { hashPin } from '../../../terminal/technician/pin-hash.ts';
import { startHallServer, type HallServer } from '../../../terminal/services/hall-queue/hall-server.ts';
import { createCoreHarness } from '../../support/core-harness.ts';
import { tibetanResident } from '../../support/fixtures.ts';
import { deadHttpUrl } from '../../support/dead-address.ts';
import { decodeEscPos } from '../../../drivers/sim/escpos-decoder.ts';

const KIOSK_CODE = '864209';
const TECHNICIAN_PIN = '246810';
const resident = { ...tibetanResident, birthDate: '1985-04-12' };
const hostHall = {
  enabled: true,
  counters: [{ id: 'w1', number: 1, queues: ['general'], pinHash: hashPin('1111') }],
  kioskCodeHash: hashPin(KIOSK_CODE),
};
const printedText = (bytes: Uint8Array) => decodeEscPos(bytes, { columns: 48 }).flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join('\n');

type Core = ReturnType<typeof createCoreHarness>;
const open: { cores: Core[]; servers: HallServer[] } = { cores: [], servers: [] };
afterEach(async () => {
  for (const s of open.servers.splice(0)) await s.close();
  for (const c of open.cores.splice(0)) c.close();
});

async function hall(secondCode = KIOSK_CODE) {
  const host = createCoreHarness({ hall: hostHall });
  open.cores.push(host);
  const server = await startHallServer({
    queue: host.terminal.hallQueue,
    kioskNumbers: host.terminal.kioskNumbers,
    hall: () => host.config.hall,
    key: Buffer.alloc(32, 5),
    now: () => host.clock.now(),
    port: 0,
    host: '127.0.0.1',
  });
  open.servers.push(server);
  const second = createCoreHarness({ hall: { enabled: true, host: { url: `http://127.0.0.1:${server.port}`, code: secondCode } }, technician: { pinHash: hashPin(TECHNICIAN_PIN) } });
  open.cores.push(second);
  host.cardReader.place(resident);
  second.cardReader.place(resident);
  return { host, second };
}

describe('two kiosks in one hall', () => {
  it('numbers tickets from both kiosks in one sequence, no clash, called in the order taken', async () => {
    const { host, second } = await hall();
    const order = ['host', 'second', 'second', 'host', 'second', 'host'] as const;
    const taken: string[] = [];
    for (const at of order) {
      const kiosk = at === 'host' ? host : second;
      const ticket = await kiosk.terminal.takeQueueTicket({ serviceId: 'queue', queueId: 'general' });
      taken.push(ticket.ticketNumber);
      // The resident at either kiosk reads how many are ahead of them in the one line.
      expect(ticket.position?.ahead).toBe(taken.length - 1);
    }
    expect(taken).toEqual(['A001', 'A002', 'A003', 'A004', 'A005', 'A006']);
    // The second kiosk's slip carries the host's number and its place in line.
    expect(printedText(second.printer.printed.at(-1)!)).toContain('A005');
    expect(printedText(second.printer.printed.at(-1)!)).toContain('前面还有 4 人');
    // Both kiosks' 取号 screens show the same count: the host's line.
    expect(await second.terminal.queueWaiting({ serviceId: 'queue' })).toMatchObject({ enabled: true, waiting: { general: 6 } });
    expect(await host.terminal.queueWaiting({ serviceId: 'queue' })).toMatchObject({ enabled: true, waiting: { general: 6 } });
    // The counter calls them as they were taken, whichever kiosk printed them.
    const called: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const outcome = host.terminal.hallQueue.act('w1', { kind: 'call' });
      called.push(outcome.ok ? outcome.ticket!.number : outcome.reason);
      host.terminal.hallQueue.act('w1', { kind: 'finish' });
    }
    expect(called).toEqual(taken);
    // The second kiosk kept no line of its own.
    expect(second.db.prepare('SELECT COUNT(*) AS n FROM hall_tickets').get()).toEqual({ n: 0 });
  });

  it('with the host unreachable gives no number: the resident reads why, the technician sees the host and the error', async () => {
    const second = createCoreHarness({ hall: { enabled: true, host: { url: await deadHttpUrl(), code: KIOSK_CODE } }, technician: { pinHash: hashPin(TECHNICIAN_PIN) } });
    open.cores.push(second);
    second.cardReader.place(resident);
    expect(await second.terminal.queueWaiting({ serviceId: 'queue' })).toMatchObject({ enabled: true, waiting: {}, hostUnreachable: true });
    await expect(second.terminal.takeQueueTicket({ serviceId: 'queue', queueId: 'general' })).rejects.toMatchObject({
      code: 'unavailable',
      message: '本机暂时连不上大厅的排队系统，现在不能取号。请到服务台取号，或稍后再试。',
    });
    expect(second.transactions.list()).toEqual([]);
    expect(second.printer.printed).toEqual([]);
    expect(await second.terminal.technicianEnter({ pin: TECHNICIAN_PIN })).toEqual({ ok: true });
    const { lastErrors } = await second.terminal.technicianDiagnostics({});
    expect(lastErrors[0]).toMatchObject({ event: 'hall-host-failed', detail: expect.stringMatching(/queue host http:\/\/127\.0\.0\.1:\d+ not reached: ECONNREFUSED/) });
  });

  it('refuses a kiosk with the wrong hall code: no number, and the technician reads that the host refused', async () => {
    const { host, second } = await hall('999999');
    await expect(second.terminal.takeQueueTicket({ serviceId: 'queue', queueId: 'general' })).rejects.toMatchObject({ code: 'unavailable' });
    expect(host.db.prepare('SELECT COUNT(*) AS n FROM hall_tickets').get()).toEqual({ n: 0 });
    expect(await second.terminal.technicianEnter({ pin: TECHNICIAN_PIN })).toEqual({ ok: true });
    const { lastErrors } = await second.terminal.technicianDiagnostics({});
    expect(lastErrors[0]?.detail).toMatch(/refused: host answered 403: hall kiosk code is wrong/);
  });

  it('a retried request (the answer lost) gets the same number, not a second one', async () => {
    const { host } = await hall();
    const request = { requestId: '01JF0000000000000000000001', queueId: 'general', priority: null };
    const first = host.terminal.kioskNumbers.issue(request);
    const again = host.terminal.kioskNumbers.issue(request);
    expect([first, again].map((o) => o.ok && o.number)).toEqual(['A001', 'A001']);
    expect(host.db.prepare('SELECT COUNT(*) AS n FROM hall_tickets').get()).toEqual({ n: 1 });
  });
});
