// The barcode scanner (issue 10): the real line-reader driver behind `devices.scanner`, fed by its
// simulator over the in-memory serial link; the core opens a receipt's case and refuses the rest.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { caseProgressUrl, makeCaseNumber } from '../../shared/contract/cases.ts';
import { createDevices } from '../../drivers/create-devices.ts';
import { parseConfig } from '../../config/load.ts';
import type { CardRead } from '../../drivers/types.ts';
import type { KioskEvents } from '../../terminal/api.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { FakeCardReader } from '../support/fake-devices.ts';
import { hanResident } from '../support/fixtures.ts';

const CASE = makeCaseNumber(12, 1);
const URL_OF_CASE = caseProgressUrl('https://hub.example.gov.cn/', CASE, '11112222');

test('config: devices.scanner is optional, a line device; a wrong protocol names the field', () => {
  assert.equal(parseConfig({}, 't').devices.scanner, undefined);
  assert.deepEqual(parseConfig({ devices: { scanner: { protocol: 'line', path: '/dev/ttyACM0' } } }, 't').devices.scanner, {
    protocol: 'line',
    path: '/dev/ttyACM0',
    baudRate: 9600,
    delimiter: '\r',
  });
  assert.throws(() => parseConfig({ devices: { scanner: { protocol: 'hid' } } }, 't'), /devices\.scanner/);
});

test('the demo scanner: a line sent by the simulator reaches the real driver whole, CR or CR LF', async () => {
  const created = await createDevices(parseConfig({}, 't').devices);
  try {
    const scanner = created.devices.scanner!;
    assert.ok(scanner && created.simulator?.scan, 'simulated with the simulated card reader');
    const reads: CardRead[] = [];
    scanner.on('card', (c) => reads.push(c));
    await created.simulator!.scan!(URL_OF_CASE);
    const end = Date.now() + 3000;
    while (reads.length < 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(reads, [{ kind: 'card-number', number: URL_OF_CASE }]);
  } finally {
    await created.close();
  }
});

test('the core: a receipt QR on the attract screen starts a visit and names the case; other codes get a plain message; a wrong check digit is not ours', async () => {
  const scanner = new FakeCardReader();
  const h = createCoreHarness({}, { scanner });
  try {
    const scans: KioskEvents['scan'][] = [];
    h.terminal.on('scan', (s) => scans.push(s));
    const refused: string[] = [];
    const refusedIds: (string | undefined)[] = [];
    h.terminal.on('cardRefused', ({ message, say }) => {
      refused.push(message);
      refusedIds.push(say?.id);
    });
    const line = (text: string) => scanner.place({ kind: 'card-number', number: text });

    line(URL_OF_CASE);
    assert.deepEqual(scans, [{ kind: 'case', caseNumber: CASE, queryCode: '11112222' }]);
    const status = await h.terminal.getStatus({});
    assert.ok(status.session && status.session.resident === null, 'an anonymous visit began');
    assert.deepEqual(status.devices.scanner, { state: 'ready' }, 'the scanner shows with the other devices (diagnostics)');

    const wrongDigit = URL_OF_CASE.replace(CASE, CASE.slice(0, 11) + String((Number(CASE[11]) + 1) % 10));
    for (const text of ['6901234567892', 'https://example.com/', wrongDigit]) line(text);
    assert.equal(scans.length, 1);
    assert.equal(refused.length, 3);
    assert.match(refused[0]!, /不是办件凭条上的二维码/);
    assert.ok(refusedIds.every((id) => id?.startsWith('cases.')), `each refusal names its message for the resident's language: ${refusedIds.join(', ')}`);

    // During an identified visit the same visit goes on (no new session, the card's resident stays).
    h.cardReader.place(hanResident);
    const before = (await h.terminal.getStatus({})).session!.id;
    line(URL_OF_CASE);
    assert.equal((await h.terminal.getStatus({})).session!.id, before);
    assert.equal(scans.length, 2);
  } finally {
    h.close();
  }
});
