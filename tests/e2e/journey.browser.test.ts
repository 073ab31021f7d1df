// The whole resident journey, end to end, as a technician would set it up: a card-reader and a
// printer simulator on real pseudo-terminals named in a config file, the kiosk started as
// `npm start` starts it, the UI in Chromium. Asserts what is on screen, what came out of the
// printer (decoded byte by byte) and what was committed to SQLite.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { createPtyPair, type PtyPair } from '../../drivers/serial/pty-pair.ts';
import { startIdCardSimulator, type IdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import { startPrinterSimulator, type PrinterSimulator } from '../../drivers/sim/printer-sim.ts';
import { launchChromium } from '../support/chromium.ts';
import { openKioskPage as openKiosk } from '../support/kiosk-page.ts';
import { startKioskProcess, type KioskProcess } from '../support/kiosk-process.ts';

const SITE = '东升街道便民服务中心';

interface Rig {
  dir: string;
  readerPty: PtyPair;
  printerPty: PtyPair;
  reader: IdCardSimulator;
  printer: PrinterSimulator;
  kiosk: KioskProcess;
}

async function startRig(session: { idleTimeoutSeconds: number; warningSeconds: number }): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  const readerPty = await createPtyPair('reader', dir);
  const printerPty = await createPtyPair('printer', dir);
  const reader = await startIdCardSimulator(readerPty.simulatorPath);
  const printer = await startPrinterSimulator(printerPty.simulatorPath, { columns: 48 });
  const kiosk = await startKioskProcess({
    dataDir: join(dir, 'data'),
    config: {
      site: { name: SITE, code: 'SL-DS-01' },
      session,
      devices: {
        cardReader: { protocol: 'idcard-sam', path: readerPty.devicePath, baudRate: 115200, pollIntervalMs: 200 },
        printer: { protocol: 'escpos', path: printerPty.devicePath, baudRate: 115200, columns: 48 },
      },
    },
  });
  return { dir, readerPty, printerPty, reader, printer, kiosk };
}

/** Stops everything; `inspect` runs after the kiosk has exited and before its folder is removed. */
async function stopRig(rig: Rig | undefined, inspect?: () => void) {
  if (!rig) return;
  const code = await rig.kiosk.stop();
  try {
    assert.equal(code, 0, `kiosk should shut down cleanly on SIGTERM\n${rig.kiosk.stderr()}`);
    inspect?.();
  } finally {
    await closeRig(rig);
  }
}

async function closeRig(rig: Rig) {
  await rig.reader.close();
  await rig.printer.close();
  await rig.readerPty.close();
  await rig.printerPty.close();
  rmSync(rig.dir, { recursive: true, force: true });
}

describe('resident journey in Chromium (browser shell)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('card → masked greeting → 取号排队 → ticket on screen and paper → rating → wiped', async () => {
    let rig: Rig | undefined;
    try {
      rig = await startRig({ idleTimeoutSeconds: 120, warningSeconds: 20 });
      const page = await openKiosk(browser, rig.kiosk.url);
      await page.getByText(SITE).first().waitFor();

      rig.reader.placeCard('han-zhang-weimin');
      await page.getByText('您好，张*民').waitFor({ timeout: 15000 });
      const greetingPage = await page.content();
      assert.ok(!greetingPage.includes('张伟民'), 'the full name never appears on screen');
      assert.ok(!greetingPage.includes('510722'), 'no part of the ID number appears on screen');

      for (const name of ['政务信息查询', '证明打印', '事项办理', '诉求反映', '办件进度查询', '取号排队', '服务评价', '议题公告']) {
        assert.equal(await page.getByRole('button', { name: new RegExp(name) }).count(), 1, `a button for ${name}`);
      }
      await page.getByRole('button', { name: /取号排队/ }).click();
      await page.getByText('A001', { exact: true }).waitFor({ timeout: 15000 });

      const [receipt] = await rig.printer.waitForReceipts(1, 15000);
      const text = receipt.lines.join('\n');
      assert.match(text, new RegExp(SITE));
      assert.match(text, /取号排队/);
      assert.match(text, /A001/);
      assert.match(text, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      assert.ok(receipt.qr.some((q) => q.includes('A001')), 'QR code carries the ticket number');
      assert.ok(receipt.cut, 'the receipt is cut');
      assert.ok(!text.includes('张伟民') && !text.includes('510722'), 'no personal data on paper');

      await page.getByRole('button', { name: '评价本次服务' }).click();
      for (const label of ['非常满意', '满意', '基本满意', '不满意', '非常不满意']) {
        assert.equal(await page.getByRole('button', { name: label, exact: true }).count(), 1, `rating button ${label}`);
      }
      await page.getByRole('button', { name: '满意', exact: true }).click();
      await page.getByText('感谢您的评价').waitFor();

      const db = new Database(join(rig.dir, 'data', 'kiosk.db'), { readonly: true });
      try {
        const rows = db.prepare('SELECT kind, data FROM transactions ORDER BY id').all() as { kind: string; data: string }[];
        assert.deepEqual(rows.map((r) => r.kind), ['queue-ticket', 'rating']);
        assert.equal(JSON.parse(rows[0].data).ticketNumber, 'A001');
        assert.equal(JSON.parse(rows[1].data).label, '满意');
        const job = db.prepare('SELECT state FROM print_jobs').get() as { state: string };
        assert.equal(job.state, 'done');
      } finally {
        db.close();
      }

      await page.getByRole('button', { name: '完成' }).click();
      await page.getByText('请将身份证放在读卡区').waitFor();
      assert.ok(!(await page.content()).includes('张*民'), 'nothing of the resident remains on screen');
      assert.equal(rig.printer.receipts.length, 1, 'exactly one receipt per ticket');

      // Personal data never reaches the logs, the audit log, or the kiosk's database files in the
      // clear (the sealed column is AES-GCM; after central's acknowledgement it is gone).
      const stopped = rig;
      rig = undefined;
      await stopRig(stopped, () => {
        const personal = ['张伟民', '510722196803121230', '芦溪镇红星村', '三台县公安局'];
        const logs = stopped.kiosk.stdout() + stopped.kiosk.stderr();
        const audit = new Database(join(stopped.dir, 'data', 'kiosk.db'), { readonly: true });
        const auditText = JSON.stringify(audit.prepare('SELECT * FROM audit_log').all());
        audit.close();
        const files = ['kiosk.db', 'kiosk.db-wal']
          .map((f) => join(stopped.dir, 'data', f))
          .filter((f) => existsSync(f))
          .map((f) => readFileSync(f));
        for (const value of personal) {
          assert.ok(!logs.includes(value), `"${value}" in the kiosk's output`);
          assert.ok(!auditText.includes(value), `"${value}" in the audit log`);
          for (const bytes of files) assert.equal(bytes.indexOf(Buffer.from(value, 'utf8')), -1, `"${value}" in the database files in the clear`);
        }
      });
    } finally {
      await stopRig(rig);
    }
  });

  test('idle timeout: a countdown with 继续, then the session ends and the screen is wiped', async () => {
    let rig: Rig | undefined;
    try {
      rig = await startRig({ idleTimeoutSeconds: 2, warningSeconds: 3 });
      const page = await openKiosk(browser, rig.kiosk.url);
      rig.reader.placeCard('han-zhang-weimin');
      await page.getByText('您好，张*民').waitFor({ timeout: 15000 });

      await page.getByRole('button', { name: '继续' }).waitFor({ timeout: 5000 });
      await page.getByText(/还剩\s*\d+\s*秒/).waitFor();
      await page.getByRole('button', { name: '继续' }).click();
      await page.getByRole('button', { name: '继续' }).waitFor({ state: 'hidden' });
      assert.equal(await page.getByText('您好，张*民').count(), 1, '继续 keeps the session');

      await page.getByRole('button', { name: '继续' }).waitFor({ timeout: 5000 });
      await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 8000 });
      const html = await page.content();
      assert.ok(!html.includes('张*民'), 'the masked name is gone from the page');
      const status = await page.evaluate(() => document.body.innerText);
      assert.ok(!status.includes('您好'), 'no greeting remains');
    } finally {
      await stopRig(rig);
    }
  });
});
