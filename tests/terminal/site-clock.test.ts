// One clock for the site (issue 21): the ticket a resident takes just after midnight Beijing time
// says 00:03 of the new day on paper and starts the new day's numbers at A001, whatever zone the
// kiosk's operating system is set to; a site configured for Xinjiang time reads its own clock.
// Run under TZ=UTC (as CI does) this failed before: the slip said 16:03 of the day before.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { decodeEscPos } from '../../drivers/sim/escpos-decoder.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';

const printedText = (bytes: Uint8Array) => decodeEscPos(bytes, { columns: 48 }).flatMap((i) => (i.kind === 'text' ? [i.text] : []));
const site = (timeZone: string) => ({ site: { name: '东升街道便民服务中心', code: 'SL-DS-01', timeZone }, session: { idleTimeoutSeconds: 3600 } });

async function ticketAt(h: ReturnType<typeof createCoreHarness>, iso: string) {
  h.clock.advance(Date.parse(iso) - h.clock.now());
  const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
  const time = printedText(h.printer.printed.at(-1)!).find((line) => line.startsWith('取号时间'));
  return { number: ticket.ticketNumber, time: time?.replace(/\s+/g, ' '), issuedAt: ticket.issuedAt };
}

for (const [zone, late, early] of [
  ['Asia/Shanghai', ['A001', '取号时间 2026-11-23 23:59'], ['A001', '取号时间 2026-11-24 00:03']],
  ['Asia/Urumqi', ['A001', '取号时间 2026-11-23 21:59'], ['A002', '取号时间 2026-11-23 22:03']],
] as const) {
  test(`${zone}: the slip prints the site's time, and numbers start again at the site's midnight`, async () => {
    const h = createCoreHarness(site(zone));
    try {
      h.clock.advance(Date.parse('2026-11-23T15:00:00Z') - h.clock.now());
      h.cardReader.place(hanResident);
      const before = await ticketAt(h, '2026-11-23T15:59:00Z');
      const after = await ticketAt(h, '2026-11-23T16:03:00Z');
      assert.deepEqual([before.number, before.time], late);
      assert.deepEqual([after.number, after.time], early);
      assert.equal(after.issuedAt, '2026-11-23T16:03:00.000Z', 'the screen gets the instant and formats it in the same zone');
      assert.equal((await h.terminal.getStatus({})).site.timeZone, zone, 'the screen learns the zone from the core');
    } finally {
      h.close();
    }
  });
}
