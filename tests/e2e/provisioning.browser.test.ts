// The provisioning wizard as a technician walks it on a new terminal, touch only: the kiosk started
// as `npm start` starts it with a configuration file, a card reader and a printer simulator on
// pseudo-terminals the wizard must find, and an in-process hub to enroll with. At the end the
// configuration file holds what was chosen, and the kiosk holds an identity from the hub.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { createPtyPair, type PtyPair } from '../../drivers/serial/pty-pair.ts';
import { startIdCardSimulator, type IdCardSimulator } from '../../drivers/sim/idcard-sim.ts';
import { startPrinterSimulator, type PrinterSimulator } from '../../drivers/sim/printer-sim.ts';
import { hashPin, verifyPin } from '../../terminal/technician/pin-hash.ts';
import { launchChromium } from '../support/chromium.ts';
import { startKioskProcess, type KioskProcess } from '../support/kiosk-process.ts';

const PIN = '604182';
const NEW_PIN = '135790';

async function tapCorner(page: Page) {
  for (let i = 0; i < 5; i++) await page.mouse.click(12, 12);
}

async function press(page: Page, keys: string) {
  for (const key of keys) await page.getByRole('button', { name: key, exact: true }).click();
}

async function enrollmentCode(hub: RunningCentral): Promise<string> {
  const res = await fetch(`${hub.url}/v1/admin/enrollment-codes`, { method: 'POST', headers: { authorization: `Bearer ${hub.adminToken}`, 'content-type': 'application/json' }, body: '{}' });
  assert.equal(res.status, 201);
  return ((await res.json()) as { code: string }).code;
}

describe('provisioning wizard in Chromium (browser shell)', () => {
  let browser: Browser;
  let hub: RunningCentral;
  let dir: string;
  let kiosk: KioskProcess;
  let readerPty: PtyPair;
  let printerPty: PtyPair;
  let reader: IdCardSimulator;
  let printer: PrinterSimulator;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-provision-'));
    mkdirSync(join(dir, 'data'));
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent' });
    readerPty = await createPtyPair('reader', dir);
    printerPty = await createPtyPair('printer', dir);
    reader = await startIdCardSimulator(readerPty.simulatorPath);
    printer = await startPrinterSimulator(printerPty.simulatorPath, { columns: 48 });
    browser = await launchChromium();
    kiosk = await startKioskProcess({
      dataDir: join(dir, 'data'),
      config: { site: { name: '新终端', code: 'NEW-000' }, central: { url: hub.url }, technician: { pinHash: hashPin(PIN) } },
      // The devices run simulated in the kiosk; the ones on the pseudo-terminals are for it to find.
      env: { KIOSK_PROBE_PATHS: `${readerPty.devicePath}:${printerPty.devicePath}` },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await kiosk?.stop();
    await reader?.close();
    await printer?.close();
    await readerPty?.close();
    await printerPty?.close();
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('ports found, devices tested, site, orientation, enrollment and PIN set on screen; the file holds them', async () => {
    const code = await enrollmentCode(hub);
    const configFile = join(dir, readdirSync(dir).find((name) => /^kiosk-config-.*\.json$/.test(name))!);
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15000 });
    await tapCorner(page);
    await press(page, PIN);
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByRole('button', { name: '设置向导' }).click();

    // 1. Ports: both simulators answer on their pseudo-terminals.
    await page.getByRole('button', { name: '查找端口' }).click();
    const ports = page.getByTestId('setup-port');
    await ports.filter({ hasText: readerPty.devicePath }).filter({ hasText: '身份证阅读器' }).waitFor({ timeout: 30000 });
    await ports.filter({ hasText: printerPty.devicePath }).filter({ hasText: '凭条打印机' }).waitFor();
    await ports.filter({ hasText: readerPty.devicePath }).getByRole('button', { name: '用作阅读器' }).click();
    await ports.filter({ hasText: printerPty.devicePath }).getByRole('button', { name: '用作打印机' }).click();
    await page.getByRole('button', { name: '下一步' }).click();

    // 2. Test print on the printer the kiosk has open now.
    await page.getByTestId('setup-card-test').filter({ hasText: '请放一张身份证' }).waitFor();
    await page.getByRole('button', { name: '测试打印' }).click();
    await page.getByText('测试凭条已打印，请查看纸面。').waitFor();
    await page.getByRole('button', { name: '下一步' }).click();

    // 3. Site and orientation; first an empty site name, which the schema refuses by name.
    await page.getByRole('button', { name: '站点名称' }).click();
    await page.getByRole('button', { name: '清空' }).click();
    await page.getByRole('button', { name: '站点编码' }).click();
    await page.getByRole('button', { name: '清空' }).click();
    await press(page, 'sl-ds-09');
    await page.getByRole('button', { name: '横屏' }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('status').filter({ hasText: /设置未保存.*site\.name/ }).waitFor();
    assert.match(readFileSync(configFile, 'utf8'), /NEW-000/, 'a refused save leaves the file alone');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '上一步' }).click();
    await page.getByRole('button', { name: '站点名称' }).click();
    await press(page, 'dongsheng');
    await page.getByRole('button', { name: '下一步' }).click();

    // 4. Enrollment with the one-time code typed on the keyboard (lower case is forgiven).
    await press(page, code.toLowerCase());
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已注册' }).waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: '下一步' }).click();

    // 5. A new PIN, typed twice.
    await press(page, NEW_PIN);
    await page.getByRole('button', { name: '再输入一次' }).click();
    await press(page, NEW_PIN);
    await page.getByRole('button', { name: '下一步' }).click();

    // Save: the ports wait for the next start, and without a supervisor the screen says so.
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('已保存。新的设备端口在下次启动时生效。').waitFor();
    await page.getByText('请手动重启').waitFor();
    assert.equal(await page.getByRole('button', { name: '立即重启' }).count(), 0, 'no restart button without a supervisor');
    // Orientation applies at once.
    await page.locator('.app[data-orientation="landscape"]').waitFor();

    const file = JSON.parse(readFileSync(configFile, 'utf8'));
    assert.deepEqual(file.site, { name: 'dongsheng', code: 'SL-DS-09' });
    assert.equal(file.ui.orientation, 'landscape');
    assert.deepEqual(file.devices.cardReader, { protocol: 'idcard-sam', path: readerPty.devicePath, baudRate: 115200 });
    assert.equal(file.devices.printer.path, printerPty.devicePath);
    assert.equal(file.central.url, hub.url, 'what the wizard does not set is kept');
    assert.ok(verifyPin(NEW_PIN, file.technician.pinHash));
    assert.ok(existsSync(join(dir, 'data', 'keys', 'enrollment.json')), 'the kiosk holds its enrollment');
    assert.ok(!readFileSync(configFile, 'utf8').includes(NEW_PIN), 'the PIN itself is never written');
  });

  test('under a supervisor, "restart now" after a port change stops the kiosk with status 75 for it to start again', async () => {
    mkdirSync(join(dir, 'data2'));
    const supervised = await startKioskProcess({
      dataDir: join(dir, 'data2'),
      args: ['--standalone'],
      config: { technician: { pinHash: hashPin(PIN) } },
      env: { KIOSK_SUPERVISED: '1', KIOSK_PROBE_PATHS: printerPty.devicePath },
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
      await page.goto(supervised.url);
      await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15000 });
      await tapCorner(page);
      await press(page, PIN);
      await page.getByRole('button', { name: '确定' }).click();
      await page.getByRole('button', { name: '设置向导' }).click();
      await page.getByRole('button', { name: '查找端口' }).click();
      await page.getByTestId('setup-port').filter({ hasText: printerPty.devicePath }).getByRole('button', { name: '用作打印机' }).click({ timeout: 30000 });
      for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '下一步' }).click();
      await page.getByRole('button', { name: '保存设置' }).click();
      await page.getByText('已保存。新的设备端口在下次启动时生效。').waitFor();
      const exited = new Promise<number | null>((resolve) => supervised.child.once('exit', (code) => resolve(code)));
      await page.getByRole('button', { name: '立即重启' }).click();
      assert.equal(await exited, 75, 'the supervisor starts a kiosk that exits with 75 again');
      await page.close();
    } finally {
      await supervised.stop();
    }
  });
});
