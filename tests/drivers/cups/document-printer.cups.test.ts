// The CUPS document printer driver against a real scheduler and the cups-pdf virtual printer:
// a job is followed to "completed" and its PDF comes out; a stopped queue and a missing queue are
// out-of-service states, and a job sent to a stopped queue is cancelled rather than left to print
// later for nobody.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createCupsDocumentPrinter } from '../../../drivers/cups/document-printer.ts';
import { renderCertificatePdf } from '../../../printing/pdf/certificate-pdf.ts';
import { createCupsPdfQueue, cupsUnavailableReason, type CupsPdfQueue } from '../../support/cups.ts';
import { pdfQrCodes, pdfText } from '../../support/pdf-inspect.ts';

const unavailable = cupsUnavailableReason();

async function samplePdf(dir: string): Promise<string> {
  const file = join(dir, 'sample.pdf');
  await renderCertificatePdf(
    {
      title: '户籍证明',
      holderName: '巴特尔',
      idNumber: '150102194808160015',
      body: '兹证明巴特尔，男，蒙古族，户籍登记在新城区东街街道光明巷7号。',
      authority: '呼和浩特市公安局新城区分局东街派出所',
      issuedAt: new Date('2026-12-01T02:00:00Z'),
      verificationCode: 'ABCD-EFGH-JKMN',
      verifyUrl: 'http://127.0.0.1:8470/verify/ABCD-EFGH-JKMN',
      siteName: '东街街道便民服务中心',
      siteCode: 'HH-DJ-01',
      timeZone: 'Asia/Shanghai',
    },
    file,
  );
  return file;
}

if (unavailable) {
  test('CUPS document printer', (ctx) => ctx.skip(unavailable));
} else describe('CUPS document printer (cups-pdf)', () => {
  let queue: CupsPdfQueue;
  let dir: string;
  beforeAll(async () => {
    queue = await createCupsPdfQueue('kiosk-driver-test');
    dir = mkdtempSync(join(tmpdir(), 'cups-driver-'));
  });
  afterAll(() => {
    queue?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  test('prints a certificate and follows the job to completed; the output reads back with its QR code', async () => {
    const printer = createCupsDocumentPrinter({ queue: queue.queue, statusPollSeconds: 60, jobTimeoutSeconds: 60 });
    await printer.start();
    try {
      assert.deepEqual(printer.status, { state: 'ready' });
      const since = Date.now();
      const started = performance.now();
      const outcome = await printer.printPdf(await samplePdf(dir), '户籍证明');
      const tookMs = Math.round(performance.now() - started);
      assert.deepEqual(outcome, { ok: true });
      const out = await queue.waitForOutput(since);
      const text = pdfText(out).replace(/\s+/g, '');
      assert.ok(text.includes('户籍证明') && text.includes('持证人：巴特尔') && text.includes('核验码：ABCD-EFGH-JKMN'), text);
      assert.deepEqual(pdfQrCodes(out), ['http://127.0.0.1:8470/verify/ABCD-EFGH-JKMN']);
      console.log(`cups-pdf: job completed in ${tookMs} ms`);
    } finally {
      await printer.stop();
    }
  });

  test('a stopped queue is out of service; a job sent to it is cancelled and nothing comes out', async () => {
    const printer = createCupsDocumentPrinter({ queue: queue.queue, statusPollSeconds: 60, jobTimeoutSeconds: 60 });
    queue.stopQueue();
    try {
      await printer.start();
      assert.equal(printer.status.state, 'stopped');
      assert.match((printer.status as { reason: string }).reason, /kiosk-driver-test.*stopped.*cupsenable/);
      const before = readdirSync(queue.outDir).length;
      const outcome = await printer.printPdf(await samplePdf(dir), '户籍证明');
      assert.equal(outcome.ok, false);
      assert.equal(!outcome.ok && outcome.reason, 'stopped');
      const waiting = execFileSync('lpstat', ['-o', queue.queue], { encoding: 'utf8' });
      assert.equal(waiting.trim(), '', 'no job is left waiting to print later');
      queue.startQueue();
      assert.deepEqual(await printer.queryStatus(), { state: 'ready' }, 'a restarted queue is noticed');
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(readdirSync(queue.outDir).length, before, 'the cancelled job never printed');
    } finally {
      queue.startQueue();
      await printer.stop();
    }
  });

  test('a queue that does not exist is "missing", and printing to it fails without throwing', async () => {
    const printer = createCupsDocumentPrinter({ queue: 'no-such-queue', statusPollSeconds: 60, jobTimeoutSeconds: 30 });
    await printer.start();
    try {
      assert.equal(printer.status.state, 'missing');
      const outcome = await printer.printPdf(await samplePdf(dir), 'x');
      assert.equal(outcome.ok, false);
    } finally {
      await printer.stop();
    }
  });
});
