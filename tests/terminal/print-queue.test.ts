// The print queue's one rule for a job cut short: send it again only when the rest can never come
// out by itself. A printer that may still finish it (its buffer could not be cleared) must not get
// it twice, or the resident holds the tail of one ticket and a whole second one.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createCoreHarness } from '../support/core-harness.ts';
import { hanResident } from '../support/fixtures.ts';
import type { PrintOutcome } from '../../drivers/types.ts';

test('a job the printer may still finish is not sent again when the printer is ready; the resident keeps the number', async () => {
  const h = createCoreHarness();
  try {
    h.cardReader.place(hanResident);
    let sent = 0;
    h.printer.print = async (): Promise<PrintOutcome> => {
      sent++;
      h.printer.status = { state: 'paper-end' };
      return { ok: false, state: { state: 'paper-end' }, partial: true, printerMayFinish: true };
    };
    const ticket = await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    assert.equal(ticket.print.state, 'failed');
    assert.match(ticket.print.state === 'failed' ? ticket.print.message : '', /缺纸.*不会再补打.*号码/);

    h.printer.setStatus({ state: 'ready', paperNearEnd: false });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(sent, 1, 'sent once, never again');
  } finally {
    h.close();
  }
});
