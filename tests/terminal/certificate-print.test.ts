// 证明打印 in the core, on fake devices: what the resident is told in each case, that a request
// is never queued, that bad input changes nothing, and that the PDF never outlives its print job.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KioskError, type SyncStatus } from '../../terminal/api.ts';
import { dispatchMessage } from '../../terminal/dispatch.ts';
import type { CertificateAnswer, CertificateLink } from '../../terminal/services/certificate-print/central-link.ts';
import type { CertificateRequest } from '../../shared/contract/certificates.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { testHub } from '../support/test-hub.ts';
import { hanResident } from '../support/fixtures.ts';
import { FakeDocumentPrinter } from '../support/fake-devices.ts';
import { outcomeOf } from '../support/outcome.ts';

class FakeLink implements CertificateLink {
  asked: CertificateRequest[] = [];
  constructor(public answer: CertificateAnswer) {}
  async request(asked: CertificateRequest) {
    this.asked.push(asked);
    return this.answer;
  }
}

const issued: CertificateAnswer = {
  ok: true,
  certificate: {
    code: '7K3M-Q9TZ-04HX',
    type: 'residence',
    title: '居住证明',
    holderName: hanResident.name,
    idNumber: hanResident.idNumber,
    body: '兹证明该居民在本辖区居住。',
    authority: '东升街道办事处',
    issuedAt: '2026-12-01T01:30:00.000Z',
    verifyUrl: 'http://127.0.0.1:8470/verify/7K3M-Q9TZ-04HX',
  },
};

const online: SyncStatus = { state: 'online', pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null };

function rig(opts: { answer?: CertificateAnswer; sync?: SyncStatus; printer?: boolean } = {}) {
  const printer = new FakeDocumentPrinter();
  const link = new FakeLink(opts.answer ?? issued);
  let sync = opts.sync ?? online;
  const h = createCoreHarness({}, {
    documentPrinter: opts.printer === false ? undefined : printer,
    hub: testHub({ certificates: link }),
    syncStatus: () => sync,
  });
  return { h, printer, link, setSync: (next: SyncStatus) => (sync = next), certificates: () => h.db.prepare(`SELECT COUNT(*) AS n FROM transactions WHERE kind = 'certificate-print'`).get() as { n: number } };
}

test('issued and printed: the screen gets the masked name and the code; the PDF existed for CUPS and is gone after', async () => {
  const { h, printer, link, certificates } = rig();
  try {
    h.cardReader.place(hanResident);
    assert.equal(outcomeOf(await h.terminal.chooseService({ serviceId: 'certificates' })), 'ok');
    const outcome = await h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'residence' });
    assert.equal(outcome.ok, true);
    assert.ok(outcome.ok && outcome.print.state === 'printed');
    assert.equal(outcome.ok && outcome.holderMaskedName, '张*民');
    assert.ok(!JSON.stringify(outcome).includes(hanResident.name) && !JSON.stringify(outcome).includes(hanResident.idNumber), 'nothing unmasked reaches the UI');
    assert.deepEqual(link.asked, [{ type: 'residence', idNumber: hanResident.idNumber, name: hanResident.name }]);
    assert.equal(printer.jobs.length, 1);
    assert.ok(printer.jobs[0]!.existed && printer.jobs[0]!.bytes > 10_000, 'CUPS got a real PDF');
    assert.equal(certificates().n, 1);
    assert.equal(readdirSync(join(h.dataDir, 'print-spool')).length, 0, 'no PDF is left in the spool');
  } finally {
    h.close();
  }
});

test('the A4 printer stops mid-job: the resident is told it did not print and sent to the counter; the PDF is deleted', async () => {
  const { h, printer } = rig();
  try {
    printer.outcome = { ok: false, reason: 'stopped', message: 'job stopped' };
    h.cardReader.place(hanResident);
    const outcome = await h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'residence' });
    assert.ok(outcome.ok && outcome.print.state === 'failed');
    assert.match(outcome.ok && outcome.print.state === 'failed' ? outcome.print.message : '', /没有打印出来/);
    assert.equal(readdirSync(join(h.dataDir, 'print-spool')).length, 0);
  } finally {
    h.close();
  }
});

test('an unknown certificate type, or one of the wrong shape, is refused with a clear error and changes nothing', async () => {
  const { h, link, printer, certificates } = rig();
  try {
    h.cardReader.place(hanResident);
    await assert.rejects(h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'marriage' }), (err: unknown) => err instanceof KioskError && err.code === 'bad-request' && /marriage/.test(err.message));
    await assert.rejects(h.terminal.printCertificate({ serviceId: 'queue', certificateType: 'residence' }), (err: unknown) => err instanceof KioskError && err.code === 'bad-request');
    const badShape = await dispatchMessage(h.terminal, { type: 'request', id: 1, method: 'printCertificate', params: { serviceId: 'certificates', certificateType: '../../etc' } });
    assert.ok(badShape && !badShape.ok && badShape.error.code === 'bad-request' && /certificateType/.test(badShape.error.message), JSON.stringify(badShape));
    assert.deepEqual([link.asked.length, printer.jobs.length, certificates().n], [0, 0, 0]);
  } finally {
    h.close();
  }
});

test('offline: the tile says certificates need the network; asking anyway is refused at once and nothing is queued', async () => {
  const offline: SyncStatus = { ...online, state: 'offline', lastError: 'central refused the connection' };
  const { h, link, certificates } = rig({ sync: offline });
  try {
    h.cardReader.place(hanResident);
    const tile = (await h.terminal.getStatus({})).services.find((s) => s.id === 'certificates')!;
    assert.match(tile.outOfService ?? '', /证明打印需要联网.*人工窗口/);
    const chosen = await h.terminal.chooseService({ serviceId: 'certificates' });
    assert.equal(outcomeOf(chosen), 'out-of-service');
    await assert.rejects(h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'residence' }), (err: unknown) => err instanceof KioskError && err.code === 'unavailable');
    assert.deepEqual([link.asked.length, certificates().n], [0, 0]);
    const outbox = h.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number };
    assert.equal(outbox.n, 0, 'nothing waits in the outbox to be sent later');
  } finally {
    h.close();
  }
});

test('the link drops between the choice and the request: "needs the network", nothing recorded', async () => {
  const { h, certificates } = rig({ answer: { ok: false, reason: 'unreachable', detail: 'no answer from central within 5000 ms' } });
  try {
    h.cardReader.place(hanResident);
    await assert.rejects(h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'residence' }), (err: unknown) => err instanceof KioskError && /需要联网.*人工窗口/.test(err.message));
    assert.equal(certificates().n, 0);
  } finally {
    h.close();
  }
});

test("central's refusal reaches the resident word for word; nothing prints", async () => {
  const { h, printer } = rig({ answer: { ok: false, reason: 'refused', message: '您的社保缴费记录正在核对，暂不能开具。' } });
  try {
    h.cardReader.place(hanResident);
    const outcome = await h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'social-insurance' });
    assert.deepEqual(outcome, { ok: false, reason: 'refused', title: '社保参保缴费证明', message: '您的社保缴费记录正在核对，暂不能开具。' });
    assert.equal(printer.jobs.length, 0);
  } finally {
    h.close();
  }
});

test('no A4 printer configured (the tile says where to go instead: certificates-elsewhere.test.ts), or its queue stopped: 证明打印 is out of service; without a card it asks for one', async () => {
  const none = rig({ printer: false });
  try {
    none.h.cardReader.place(hanResident);
    const tile = (await none.h.terminal.getStatus({})).services.find((s) => s.id === 'certificates')!;
    assert.equal(tile.outOfService, '本机不打印证明，请到人工窗口办理');
  } finally {
    none.h.close();
  }
  const stopped = rig();
  try {
    stopped.printer.status = { state: 'stopped', reason: 'queue "a4" is stopped' };
    await stopped.h.terminal.startAnonymousSession({});
    assert.equal((await stopped.h.terminal.getStatus({})).services.find((s) => s.id === 'certificates')!.outOfService, '暂停服务：A4打印机暂停工作');
    stopped.printer.status = { state: 'ready' };
    assert.equal(outcomeOf(await stopped.h.terminal.chooseService({ serviceId: 'certificates' })), 'needs-identity');
  } finally {
    stopped.h.close();
  }
});

test('a character the certificate font cannot draw: not printed (no blank box on an official paper), and the log names no character', async () => {
  const rare: CertificateAnswer = { ok: true, certificate: { ...(issued as Extract<CertificateAnswer, { ok: true }>).certificate, holderName: '陈𪚥' } };
  const { h, printer } = rig({ answer: rare });
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.join(' '));
  try {
    h.cardReader.place(hanResident);
    const outcome = await h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'residence' });
    assert.ok(outcome.ok && outcome.print.state === 'failed' && /无法打印的字/.test(outcome.print.message));
    assert.equal(printer.jobs.length, 0);
    assert.ok(logged.some((l) => /1 character\(s\)/.test(l)) && !logged.some((l) => l.includes('𪚥')));
  } finally {
    console.error = original;
    h.close();
  }
});

test('a magstripe or RFID card number is not enough to certify a person: the ID card is asked for', async () => {
  const { h, link } = rig();
  try {
    h.cardReader.place({ kind: 'card-number', number: '6222020200110427' });
    const chosen = await h.terminal.chooseService({ serviceId: 'certificates' });
    assert.deepEqual(chosen, { ok: false, reason: 'needs-identity', message: '打印证明需要居民身份证，请将身份证放在读卡区。', say: { id: 'core.certificateNeedsIdCard' } });
    await assert.rejects(h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'residence' }), (err: unknown) => err instanceof KioskError && err.code === 'no-session');
    assert.equal(link.asked.length, 0);
  } finally {
    h.close();
  }
});
