// Technician mode as a technician meets it in the hall: the kiosk started as `npm start` starts it
// (simulated devices), the UI in Chromium. Five taps in the corner, a wrong PIN then the right one,
// the diagnostics page, the log bundle saved to a "USB stick", the mode leaving by itself; and the
// gesture still answering when the core has gone (the connecting screen).
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CARD_FIXTURES } from '../../drivers/sim/fixtures/cards.ts';
import { hashPin } from '../../terminal/technician/pin-hash.ts';
import { launchChromium } from '../support/chromium.ts';
import { startKioskProcess, type KioskProcess } from '../support/kiosk-process.ts';

const PIN = '604182';
const resident = CARD_FIXTURES[0]!;

async function tapCorner(page: Page, times = 5) {
  for (let i = 0; i < times; i++) await page.mouse.click(12, 12);
}

async function typePin(page: Page, pin: string) {
  for (const digit of pin) await page.getByRole('dialog').getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
}

describe('technician mode in Chromium (browser shell)', () => {
  let browser: Browser;
  let dir: string;
  let stick: string;
  let kiosk: KioskProcess;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-technician-'));
    stick = join(dir, 'usb-stick');
    mkdirSync(stick);
    mkdirSync(join(dir, 'data'));
    browser = await launchChromium();
    kiosk = await startKioskProcess({
      dataDir: join(dir, 'data'),
      args: ['--standalone'],
      config: { technician: { pinHash: hashPin(PIN), idleSeconds: 10, exportDirs: [stick] } },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await kiosk?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('gesture and PIN from a resident\'s visit: the visit is wiped, diagnostics show, logs go to the stick, it leaves by itself', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15000 });
    await page.getByRole('button', { name: '模拟设备（演示）' }).click();
    await page.getByRole('button', { name: new RegExp(resident.label.replace(/[()（）]/g, '.')) }).click();
    await page.getByText('您好，张*民').waitFor({ timeout: 15000 });

    await tapCorner(page, 4);
    assert.equal(await page.getByRole('dialog').count(), 0, 'four taps are not enough');
    await tapCorner(page, 1);
    await page.getByText('维护模式：请输入密码').waitFor();
    await typePin(page, '111111');
    await page.getByRole('alert').filter({ hasText: '密码不正确。' }).waitFor();
    await typePin(page, PIN);

    const diagnostics = page.getByTestId('technician-diagnostics');
    await diagnostics.waitFor();
    await page.getByTestId('diag-printer').filter({ hasText: 'ready' }).waitFor();
    await page.getByTestId('diag-reader').filter({ hasText: 'ready' }).waitFor();
    assert.match((await page.getByTestId('diag-version').textContent()) ?? '', /\d+\.\d+/);
    // Voice guidance: the engine, and Tibetan's fallback (no eSpeak voice, no recorded pack).
    const voice = (await page.getByTestId('diag-voice').textContent()) ?? '';
    assert.match(voice, /espeak-ng \d+\.\d+/);
    assert.match(voice, /bo：zh-CN \(fallback\)/);
    const html = await page.content();
    for (const trace of ['张*民', resident.card.name, resident.card.idNumber]) assert.ok(!html.includes(trace), `"${trace}" is on the technician's screen`);

    await page.getByRole('button', { name: '测试打印' }).click();
    await page.getByText('测试凭条已打印，请查看纸面。').waitFor();
    await page.getByTestId('diag-card-test').filter({ hasText: '请放一张身份证' }).waitFor();

    await page.getByRole('button', { name: `导出到 ${stick}` }).click();
    await page.getByText('已导出：').waitFor();
    const [file] = readdirSync(stick);
    assert.ok(file, 'a bundle on the stick');
    const text = readFileSync(join(stick, file), 'utf8');
    assert.equal(JSON.parse(text).kind, 'kiosk-log-bundle');
    for (const secret of [resident.card.name, resident.card.idNumber, resident.card.address]) assert.ok(!text.includes(secret), secret);

    // No touch for the idle time (10 s here): back to the residents' screen, visit gone.
    await diagnostics.waitFor({ state: 'detached', timeout: 20000 });
    await page.getByText('请将身份证放在读卡区').waitFor();
    assert.ok(!(await page.content()).includes('张*民'));
    await page.close();
  });

  test('the gesture answers on the connecting screen too, and says the PIN cannot be checked', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(kiosk.url);
    await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15000 });
    assert.equal(await kiosk.stop(), 0);
    await page.getByText('正在连接…').waitFor({ timeout: 15000 });
    await tapCorner(page);
    await page.getByText('维护模式：请输入密码').waitFor();
    await typePin(page, PIN);
    await page.getByRole('alert').filter({ hasText: '未连接到本机程序' }).waitFor();
    await page.close();
  });
});
