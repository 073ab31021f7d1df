// 证明打印 end to end, as a hall runs it: the kiosk started as `npm start` starts it, enrolled with
// a reference hub that holds the resident's record, a card-reader and receipt-printer simulator on
// real pseudo-terminals, the A4 printer a real CUPS queue (cups-pdf), the UI in Chromium.
// Asserts what the resident sees, what came out of the A4 printer (its text and its QR code),
// what the hub's verification page says, and that no PDF or personal data is left behind.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { createPtyPair, type PtyPair } from '../../drivers/serial/pty-pair.ts';
import { startIdCardSimulator, type IdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import { startPrinterSimulator, type PrinterSimulator } from '../../drivers/sim/printer-sim.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { launchChromium } from '../support/chromium.ts';
import { deadHttpUrl } from '../support/dead-address.ts';
import { openKioskPage as openKiosk } from '../support/kiosk-page.ts';
import { startKioskProcess, type KioskProcess } from '../support/kiosk-process.ts';
import { createCupsPdfQueue, cupsUnavailableReason, type CupsPdfQueue } from '../support/cups.ts';
import { pdfQrCodes, pdfText } from '../support/pdf-inspect.ts';

const SITE = '芦溪镇便民服务中心';
const ZHANG = { idNumber: '510722196803121230', name: '张伟民' };
const RESIDENCE_BODY = '兹证明张伟民同志自2015年起居住在芦溪镇红星村3组12号，情况属实。特此证明。';

interface Rig {
  dir: string;
  readerPty: PtyPair;
  printerPty: PtyPair;
  reader: IdCardSimulator;
  printer: PrinterSimulator;
  kiosk: KioskProcess;
}

async function adminPut(hub: RunningCentral, path: string, body: unknown) {
  const res = await fetch(`${hub.url}${path}`, { method: 'PUT', headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(res.status, 200, await res.text());
}

async function enrollmentCode(hub: RunningCentral): Promise<string> {
  const res = await fetch(`${hub.url}/v1/admin/enrollment-codes`, { method: 'POST', headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' }, body: '{}' });
  return ((await res.json()) as { code: string }).code;
}

async function startRig(opts: { centralUrl: string; enrollCode?: string; queue: string }): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-cert-e2e-'));
  const readerPty = await createPtyPair('reader', dir);
  const printerPty = await createPtyPair('printer', dir);
  const reader = await startIdCardSimulator(readerPty.simulatorPath);
  const printer = await startPrinterSimulator(printerPty.simulatorPath, { columns: 48 });
  const kiosk = await startKioskProcess({
    dataDir: join(dir, 'data'),
    args: opts.enrollCode ? ['--enroll', opts.enrollCode] : [],
    config: {
      site: { name: SITE, code: 'SC-LX-01' },
      session: { idleTimeoutSeconds: 180, warningSeconds: 20 },
      devices: {
        cardReader: { protocol: 'idcard-sam', path: readerPty.devicePath, baudRate: 115200, pollIntervalMs: 200 },
        printer: { protocol: 'escpos', path: printerPty.devicePath, baudRate: 115200, columns: 48 },
        documentPrinter: { protocol: 'cups', queue: opts.queue, statusPollSeconds: 1 },
      },
      central: { url: opts.centralUrl, heartbeatSeconds: 5, requestTimeoutSeconds: 5 },
    },
  });
  return { dir, readerPty, printerPty, reader, printer, kiosk };
}

async function stopRig(rig: Rig | undefined, inspect?: (rig: Rig) => void) {
  if (!rig) return;
  const code = await rig.kiosk.stop();
  try {
    assert.equal(code, 0, `kiosk should shut down cleanly\n${rig.kiosk.stderr()}`);
    inspect?.(rig);
  } finally {
    await rig.reader.close();
    await rig.printer.close();
    await rig.readerPty.close();
    await rig.printerPty.close();
    rmSync(rig.dir, { recursive: true, force: true });
  }
}

const certificateTile = (page: Page) => page.getByRole('button', { name: /证明打印/ });
/** An out-of-service tile is aria-disabled (Playwright will not tap it) yet a finger can: it explains. */
const tapOutOfService = (page: Page) => certificateTile(page).click({ force: true });

const unavailable = cupsUnavailableReason();

if (unavailable) {
  test('证明打印 in Chromium', (ctx) => ctx.skip(unavailable));
} else describe('证明打印 in Chromium (browser shell, real CUPS with cups-pdf, reference hub)', () => {
  let browser: Browser;
  let hub: RunningCentral;
  let queue: CupsPdfQueue;
  beforeAll(async () => {
    queue = await createCupsPdfQueue('kiosk-e2e-cert');
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    await adminPut(hub, '/v1/admin/certificate-records', {
      records: [
        { ...ZHANG, type: 'residence', body: RESIDENCE_BODY, authority: '三台县芦溪镇人民政府' },
        { ...ZHANG, type: 'social-insurance', body: '参保缴费记录', authority: '三台县社会保险事业管理局', refusal: '您的社保缴费记录正在核对，暂不能开具，请到社保窗口咨询。' },
      ],
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    queue?.remove();
  });

  test('card → 证明打印 → 居住证明 printed on A4 → QR verifies as genuine → rating; no PDF or personal data left', async () => {
    let rig: Rig | undefined;
    try {
      rig = await startRig({ centralUrl: hub.url, enrollCode: await enrollmentCode(hub), queue: queue.queue });
      const page = await openKiosk(browser, rig.kiosk.url);
      rig.reader.placeCard('han-zhang-weimin');
      await page.getByText('您好，张*民').waitFor({ timeout: 15000 });
      // Online once the first heartbeat went through: the tile loses its out-of-service notice.
      await page.locator('.service-button:not(.out-of-service)', { hasText: '证明打印' }).waitFor({ timeout: 20000 });

      await certificateTile(page).click();
      await page.getByText('请选择要打印的证明').waitFor();
      for (const name of ['社保参保缴费证明', '居住证明', '户籍证明']) assert.equal(await page.getByRole('button', { name: new RegExp(name) }).count(), 1, name);
      const since = Date.now();
      const started = performance.now();
      await page.getByRole('button', { name: /居住证明/ }).click();
      await page.getByText('证明已打印，请从A4打印机取走').waitFor({ timeout: 60000 });
      console.log(`证明打印: tap to "printed" on screen in ${Math.round(performance.now() - started)} ms`);
      const screen = await page.evaluate(() => document.body.innerText);
      assert.match(screen, /持证人：张\*民/);
      assert.ok(!screen.includes('张伟民') && !screen.includes('510722'), 'only the masked name on screen');
      const code = /核验码 ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(screen)?.[1];
      assert.ok(code, `a verification code on screen:\n${screen}`);

      const paper = await queue.waitForOutput(since);
      const text = pdfText(paper).replace(/\s+/g, '');
      for (const part of ['居住证明', '持证人：张伟民', `公民身份号码：${ZHANG.idNumber}`, RESIDENCE_BODY.replace(/\s+/g, ''), '出具单位：三台县芦溪镇人民政府', `核验码：${code}`, '第1页共1页', '自助终端打印']) {
        assert.ok(text.includes(part), `the printed certificate shows "${part}"`);
      }
      const [qr] = pdfQrCodes(paper);
      assert.equal(qr, `${hub.url}/verify/${code}`);
      const verified = (await (await fetch(qr!, { headers: { accept: 'application/json' } })).json()) as Record<string, unknown>;
      assert.deepEqual([verified.genuine, verified.title, verified.holderName], [true, '居住证明', '张*民']);
      assert.deepEqual(readdirSync(join(rig.dir, 'data', 'print-spool')), [], 'the PDF is deleted once CUPS is done');

      await page.getByRole('button', { name: '评价本次服务' }).click();
      await page.getByRole('button', { name: '非常满意', exact: true }).click();
      await page.getByText('感谢您的评价').waitFor();

      const stopped = rig;
      rig = undefined;
      await stopRig(stopped, ({ dir, kiosk }) => {
        const db = new Database(join(dir, 'data', 'kiosk.db'), { readonly: true });
        const rows = db.prepare('SELECT kind, data FROM transactions ORDER BY id').all() as { kind: string; data: string }[];
        db.close();
        assert.deepEqual(rows.map((r) => r.kind), ['certificate-print', 'rating']);
        assert.deepEqual(JSON.parse(rows[0]!.data).verificationCode, code);
        const logs = kiosk.stdout() + kiosk.stderr();
        const files = ['kiosk.db', 'kiosk.db-wal'].map((f) => join(dir, 'data', f)).filter((f) => existsSync(f)).map((f) => readFileSync(f));
        for (const value of [ZHANG.name, ZHANG.idNumber, '红星村3组12号']) {
          assert.ok(!logs.includes(value), `"${value}" in the kiosk's output`);
          for (const bytes of files) assert.equal(bytes.indexOf(Buffer.from(value, 'utf8')), -1, `"${value}" in the database files in the clear`);
        }
      });
    } finally {
      await stopRig(rig);
    }
  });

  test("central's refusal and a missing record are shown in words the resident can read; nothing prints", async () => {
    let rig: Rig | undefined;
    try {
      rig = await startRig({ centralUrl: hub.url, enrollCode: await enrollmentCode(hub), queue: queue.queue });
      const page = await openKiosk(browser, rig.kiosk.url);
      rig.reader.placeCard('han-zhang-weimin');
      await page.locator('.service-button:not(.out-of-service)', { hasText: '证明打印' }).waitFor({ timeout: 20000 });
      const before = readdirSync(queue.outDir).length;

      await certificateTile(page).click();
      await page.getByRole('button', { name: /社保参保缴费证明/ }).click();
      await page.getByText('暂不能开具社保参保缴费证明').waitFor({ timeout: 20000 });
      await page.getByText('您的社保缴费记录正在核对，暂不能开具，请到社保窗口咨询。').waitFor();
      await page.getByRole('button', { name: '返回' }).click();

      await certificateTile(page).click();
      await page.getByRole('button', { name: /户籍证明/ }).click();
      await page.getByText(/没有查到开具户籍证明所需的记录/).waitFor({ timeout: 20000 });
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(readdirSync(queue.outDir).length, before, 'nothing came out of the A4 printer');
    } finally {
      await stopRig(rig);
    }
  });

  test('offline: the tile and the choice say certificates need the network and send to the counter; nothing is queued', async () => {
    let rig: Rig | undefined;
    try {
      // A hub address nobody answers at: this kiosk never gets a live link.
      rig = await startRig({ centralUrl: await deadHttpUrl(), queue: queue.queue });
      const page = await openKiosk(browser, rig.kiosk.url);
      rig.reader.placeCard('han-zhang-weimin');
      await page.getByText('您好，张*民').waitFor({ timeout: 15000 });
      await page.getByText('暂停服务：证明打印需要联网，请到人工窗口办理').waitFor();
      await tapOutOfService(page);
      await page.getByRole('alert').filter({ hasText: /证明打印需要联网.*人工窗口/ }).waitFor();

      const stopped = rig;
      rig = undefined;
      await stopRig(stopped, ({ dir }) => {
        const db = new Database(join(dir, 'data', 'kiosk.db'), { readonly: true });
        const count = (db.prepare('SELECT count(*) AS n FROM transactions').get() as { n: number }).n;
        db.close();
        assert.equal(count, 0, 'no certificate request was stored to send later');
      });
    } finally {
      await stopRig(rig);
    }
  });

  test('a stopped A4 queue shows 证明打印 as out of service, and it comes back when the queue restarts', async () => {
    let rig: Rig | undefined;
    try {
      rig = await startRig({ centralUrl: hub.url, enrollCode: await enrollmentCode(hub), queue: queue.queue });
      const page = await openKiosk(browser, rig.kiosk.url);
      rig.reader.placeCard('han-zhang-weimin');
      await page.locator('.service-button:not(.out-of-service)', { hasText: '证明打印' }).waitFor({ timeout: 20000 });
      queue.stopQueue();
      await page.getByText('暂停服务：A4打印机暂停工作').waitFor({ timeout: 10000 });
      await page.getByText('工作人员请注意：A4打印机暂停，请检查纸张后恢复打印队列').waitFor();
      await tapOutOfService(page);
      await page.getByRole('alert').filter({ hasText: 'A4打印机暂停工作' }).waitFor();
      await page.getByRole('button', { name: '返回' }).click();
      queue.startQueue();
      await page.locator('.service-button:not(.out-of-service)', { hasText: '证明打印' }).waitFor({ timeout: 10000 });
    } finally {
      queue.startQueue();
      await stopRig(rig);
    }
  });
});
