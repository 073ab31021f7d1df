// The demo's printer controls on a kiosk booted with simulated devices (no paths configured), as
// `npm run demo` boots it: the buttons reach the printer simulator through the real driver, staff
// see the paper state at once, and a ticket kept for paper prints when the demo "refills" it.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootKiosk } from '../../terminal/boot.ts';
import type { KioskApi, KioskEventName, KioskEvents } from '../../terminal/api.ts';

function nextEvent<E extends KioskEventName>(api: KioskApi, name: E, match: (p: KioskEvents[E]) => boolean, timeoutMs: number): Promise<KioskEvents[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (off(), reject(new Error(`no matching '${name}' event within ${timeoutMs} ms`))), timeoutMs);
    const off = api.on(name, (payload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

test('simSetPrinter drives the simulated printer; staff notice and waiting ticket follow at once', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-demo-printer-'));
  const configPath = join(dir, 'kiosk-config.json');
  writeFileSync(configPath, JSON.stringify({ site: { name: '东升街道便民服务中心', code: 'SL-DS-01' } }));
  const kiosk = await bootKiosk({ configPath, dataDir: join(dir, 'data') });
  try {
    const { api } = kiosk;
    const status = await api.getStatus({});
    assert.equal(status.simulator?.printer, true, 'the panel is told it may show the printer buttons');
    assert.ok((status.simulator?.cards.length ?? 0) > 0);

    // Well inside the driver's 5 s idle poll: the demo asks the printer right away.
    const quick = 3000;
    let notice = nextEvent(api, 'devices', (d) => d.printer.state === 'ready' && d.printer.paperNearEnd, quick);
    await api.simSetPrinter({ paper: 'near-end' });
    await notice;
    notice = nextEvent(api, 'devices', (d) => d.printer.state === 'paper-end', quick);
    await api.simSetPrinter({ paper: 'end' });
    await notice;

    const identified = nextEvent(api, 'session', (p) => Boolean(p.session?.resident), 10_000);
    await api.simPlaceCard({ cardId: status.simulator!.cards[0]!.id });
    await identified;
    const ticket = await api.takeQueueTicket({ serviceId: 'queue' });
    assert.equal(ticket.print.state, 'waiting');

    const printed = nextEvent(api, 'print', (p) => p.transactionId === ticket.transactionId && p.report.state === 'printed', quick + 2000);
    const ready = nextEvent(api, 'devices', (d) => d.printer.state === 'ready' && !d.printer.paperNearEnd, quick);
    await api.simSetPrinter({ paper: 'ok' });
    await Promise.all([ready, printed]);
  } finally {
    await kiosk.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
