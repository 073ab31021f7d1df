// What a resident sees and touches, in a real Chromium against a fake core behind the real
// browser shell: the queue journey, refusals, the idle warning, the wipe, the demo panel.
import { afterAll, beforeAll, describe, test } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startBrowserShell } from '../../browser-shell/server.ts';
import { ratingLevels } from '../../terminal/api.ts';
import { said } from '../../terminal/says/say.ts';
import { fakeStatus } from '../support/fake-kiosk-api.ts';
import { openKiosk } from './ui-harness.ts';
import { openSharedKiosk, type SharedKiosk } from './shared-kiosk.ts';
import { FRAME_REPORT_EVERY_MS } from '../../renderer/state/use-frame-reporter.ts';
import type { KioskStatus } from '../../terminal/api.ts';
import { useUiBrowser } from './ui-browser.ts';

const resident = { maskedName: '张*民', identifiedBy: 'id-card' as const };

describe('touch UI', { timeout: 120_000 }, () => {
  let browser: Browser;
  let shared: SharedKiosk;
  useUiBrowser((b) => (browser = b));
  // One shell and page for the file; each test gets a fresh document behind a fake core of its own.
  beforeAll(async () => {
    shared = await openSharedKiosk(browser);
  });
  afterAll(async () => {
    await shared?.close();
  });
  const withKiosk = (run: Parameters<SharedKiosk['run']>[1], status: Partial<KioskStatus> = {}) => shared.run(status, run);

  test('queue journey: card → greeting → ticket → rating → thanks → attract', () =>
    withKiosk(async ({ page, fake }) => {
      await page.getByText('请将身份证放在读卡区').waitFor();
      await page.getByText(fake.status.site.name).waitFor();

      fake.identify(resident);
      const greeting = page.getByRole('heading', { level: 1 });
      await page.getByText('您好，张*民').waitFor();
      assert.equal((await greeting.textContent())?.trim(), '您好，张*民');

      await page.getByRole('button', { name: '取号排队' }).click();
      const number = page.getByText('A001', { exact: true });
      await number.waitFor();
      const fontPx = await number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(fontPx >= 120, `ticket number is only ${fontPx}px`);
      assert.deepEqual(fake.callsOf('takeQueueTicket')[0]?.params, { serviceId: 'queue', queueId: 'general' });
      await page.getByText('综合受理窗口').waitFor();
      await page.getByText('请留意叫号').waitFor();
      await page.getByText('正在打印凭条…').waitFor();
      await page.getByText('已保存，联网后自动上报').waitFor();
      fake.emit('print', { transactionId: 'fake-tx-1', report: { state: 'printed' } });
      await page.getByText('凭条已打印，请取走').waitFor();

      await page.getByRole('button', { name: '评价本次服务' }).click();
      const ratingButtons = page.locator('.rating-button');
      await ratingButtons.first().waitFor();
      assert.deepEqual(
        (await ratingButtons.allTextContents()).map((s) => s.trim()),
        ratingLevels.map((r) => r.label),
      );
      for (const { label } of ratingLevels) await page.getByRole('button', { name: label, exact: true }).waitFor();
      await page.getByRole('button', { name: '满意', exact: true }).click();
      await page.getByText('感谢您的评价').waitFor();
      assert.deepEqual(fake.callsOf('rateTransaction')[0]?.params, { transactionId: 'fake-tx-1', level: 4 });

      await page.getByRole('button', { name: '完成' }).click();
      await fake.waitForCall('endSession');
      await page.getByText('请将身份证放在读卡区').waitFor();
      assert.ok(!(await page.content()).includes('张*民'));
    }));

  test('a service this terminal has not built says so plainly, and 返回 goes back', () =>
    withKiosk(async ({ page, fake }) => {
      fake.identify(resident);
      await page.getByRole('button', { name: '证明打印' }).click();
      await page.getByText('这项服务在本机暂未开通，请到人工窗口办理。').waitFor();
      await page.getByRole('button', { name: '返回' }).click();
      await page.getByText('请选择您要办理的服务').waitFor();
    }));

  test('a waiting print is shown prominently with the message from the core', () =>
    withKiosk(async ({ page, fake }) => {
      fake.nextPrint = { state: 'waiting', message: '打印机缺纸，请联系工作人员' };
      fake.identify(resident);
      await page.getByRole('button', { name: '取号排队' }).click();
      await page.getByRole('alert').filter({ hasText: '打印机缺纸，请联系工作人员' }).waitFor();
      await page.getByText('请记住屏幕上的号码').waitFor();
    }));

  test('in English the core\'s outage notice, card refusal and print problem show in English, and the counter by its English name', () => {
    // The printer is unplugged for 证明打印 only (as the core words it: terminal/outage.ts).
    const base = fakeStatus();
    const outage = said('core.outage', { reason: 'printerOff' });
    const services = base.services.map((s) => (s.id === 'certificates' ? { ...s, built: true, outOfService: outage.message, outOfServiceSay: outage.say } : s));
    return withKiosk(
      async ({ page, fake }) => {
        await page.getByText('Please place your ID card on the reader').waitFor();
        fake.emit('cardRefused', said('core.cardUnreadable'));
        await page.getByText('The ID card could not be read. Please lift it up and place it again.').waitFor();

        fake.identify(resident);
        await page.getByText('Out of service: the printer is not connected', { exact: true }).waitFor();
        // aria-disabled, yet a tap still explains why (the notice on its own screen).
        await page.locator('[data-service-kind="certificate-print"]').click({ force: true });
        await page.getByRole('heading', { name: 'Out of service', exact: true }).waitFor();
        await page.getByText('Out of service: the printer is not connected', { exact: true }).waitFor();
        assert.ok(!(await page.content()).includes('暂停服务'), 'no Chinese outage text on an English screen');
        await page.getByRole('button', { name: 'Back' }).click();

        fake.nextPrint = { state: 'waiting', ...said('core.printWaitingPaperEnd') };
        await page.locator('[data-service-kind="queue-ticket"]').click();
        await page.getByRole('alert').filter({ hasText: 'The printer is out of paper, so your slip has not been printed yet.' }).waitFor();
        await page.getByText('General counter', { exact: true }).waitFor();
        assert.ok(!(await page.content()).includes('综合受理窗口'), 'the counter is named in English');
      },
      { ui: { ...base.ui, locale: 'en' }, services },
    );
  });

  test('idle countdown shows the seconds, and 继续 continues the session', () =>
    withKiosk(async ({ page, fake }) => {
      fake.identify(resident);
      await page.getByText('您好，张*民').waitFor();
      fake.emit('idle', { secondsLeft: 15 });
      await page.getByText('还剩 15 秒，将自动退出').waitFor();
      fake.emit('idle', { secondsLeft: 14 });
      await page.getByText('还剩 14 秒，将自动退出').waitFor();
      await page.getByRole('button', { name: '继续' }).click();
      await fake.waitForCall('continueSession');
      await page.getByRole('alertdialog').waitFor({ state: 'detached' });
      await page.getByText('您好，张*民').waitFor();
    }));

  test('session null wipes the resident from the page and returns to attract', () =>
    withKiosk(async ({ page, fake }) => {
      fake.identify(resident);
      await page.getByRole('button', { name: '取号排队' }).click();
      await page.getByText('A001', { exact: true }).waitFor();
      fake.emit('idle', { secondsLeft: 3 });
      await page.getByText('还剩 3 秒，将自动退出').waitFor();
      fake.wipe();
      await page.getByText('请将身份证放在读卡区').waitFor();
      const html = await page.content();
      for (const trace of ['张*民', 'A001', '还剩']) assert.ok(!html.includes(trace), `"${trace}" is still in the DOM`);
    }));

  test('touches are reported as activity, at most once a second', () =>
    withKiosk(async ({ page, fake }) => {
      fake.identify(resident);
      await page.getByText('您好，张*民').waitFor();
      const started = Date.now();
      for (let i = 0; i < 5; i++) await page.getByText('请选择您要办理的服务').click();
      await fake.waitForCall('activity');
      await page.waitForTimeout(300);
      // Five taps take well under a second on a quiet machine: one report. A loaded one may spread
      // them over more, and then one more report per second that passed is right.
      const allowed = 1 + Math.floor((Date.now() - started) / 1000);
      assert.ok(fake.callsOf('activity').length <= allowed, `${fake.callsOf('activity').length} reports for taps over ${Date.now() - started} ms`);
    }));

  test('the simulator panel places a card', () =>
    withKiosk(async ({ page, fake }) => {
      const panel = page.getByRole('region', { name: '模拟设备（演示）' });
      await panel.getByRole('button', { name: '模拟设备（演示）' }).click();
      await page.getByRole('button', { name: '放置：张伟民（汉族）' }).click();
      assert.deepEqual((await fake.waitForCall('simPlaceCard')).params, { cardId: 'han' });
      await page.getByText('您好，张*民').waitFor();
      await panel.getByRole('button', { name: '模拟设备（演示）' }).click();
      await page.getByRole('button', { name: '取走身份证' }).click();
      await fake.waitForCall('simRemoveCard');
    }));

  test('while a card is read the screen says so; it ends in the greeting or the refusal', () =>
    withKiosk(async ({ page, fake }) => {
      await page.getByText('请将身份证放在读卡区').waitFor();
      fake.emit('cardReading', {});
      await page.getByRole('status').filter({ hasText: '正在读取身份证…' }).waitFor();
      await page.getByText('请不要移动身份证').waitFor();
      fake.emit('cardRefused', { message: '身份证信息校验失败，请重新放置或联系工作人员' });
      await page.getByText('请将身份证放在读卡区').waitFor();
      assert.equal(await page.getByText('正在读取身份证…').count(), 0, 'a refusal ends the reading notice');

      fake.emit('cardReading', {});
      await page.getByText('正在读取身份证…').waitFor();
      fake.identify(resident);
      await page.getByText('您好，张*民').waitFor();
      fake.wipe();
      await page.getByText('请将身份证放在读卡区').waitFor();
      assert.equal(await page.getByText('正在读取身份证…').count(), 0, 'the next resident starts from the plain prompt');
    }));

  test('a read that ends as a technician\'s test read leaves the attract screen plain after the mode (issue 21)', () =>
    withKiosk(async ({ page, fake }) => {
      await page.getByText('请将身份证放在读卡区').waitFor();
      fake.emit('cardReading', {}); // placed on the attract screen just as the technician comes
      await page.getByText('正在读取身份证…').waitFor();
      fake.emit('technician', { active: true });
      fake.emit('technicianCard', { maskedName: '张*民' });
      fake.emit('technician', { active: false });
      await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 2000 });
      assert.equal(await page.getByText('正在读取身份证…').count(), 0, 'no card lies on the reader');
    }));

  test('without a card: browse services; a refused card and a broken reader are explained', () =>
    withKiosk(async ({ page, fake }) => {
      await page.getByText('请将身份证放在读卡区').waitFor(); // connected: events now reach the page
      fake.emit('cardRefused', { message: '未能读取身份证，请重新放置' });
      await page.getByRole('alert').filter({ hasText: '未能读取身份证，请重新放置' }).waitFor();

      fake.status.devices = { cardReader: { state: 'disconnected', reason: 'unplugged' }, printer: { state: 'ready', paperNearEnd: true }, documentPrinter: null };
      fake.emit('devices', fake.status.devices);
      await page.getByText('读卡器暂停使用').waitFor();
      await page.getByText('打印纸即将用完').waitFor();

      await page.getByRole('button', { name: '不用身份证，浏览服务' }).click();
      await fake.waitForCall('startAnonymousSession');
      await page.getByText('请选择您要办理的服务').waitFor();
      await page.getByRole('button', { name: '取号排队' }).click();
      await page.getByText('办理此项服务需要身份证，请将身份证放在读卡区。').waitFor();
    }));

  test('out-of-service services show their notice and cannot start', () =>
    withKiosk(async ({ page, fake }) => {
      fake.status.services[0]!.outOfService = '暂停服务：打印机缺纸';
      fake.emit('statusChanged', {});
      fake.identify(resident);
      const queue = page.getByRole('button', { name: '取号排队' });
      await queue.filter({ hasText: '暂停服务：打印机缺纸' }).waitFor();
      await queue.click({ force: true }); // aria-disabled: a finger can still tap it
      await page.getByRole('button', { name: '返回' }).waitFor();
      assert.equal(fake.callsOf('takeQueueTicket').length, 0);
    }));

  test('a remote out-of-service shows the admin\'s notice instead of the attract screen, and lifts again', () =>
    withKiosk(async ({ page, fake }) => {
      await page.getByText('请将身份证放在读卡区').waitFor();
      fake.status.outOfService = { message: '本机维护中，请到3号窗口办理。' };
      fake.emit('statusChanged', {});
      await page.getByTestId('out-of-service').getByText('本机维护中，请到3号窗口办理。').waitFor();
      assert.equal(await page.getByText('请将身份证放在读卡区').count(), 0);
      assert.equal(await page.getByTestId('out-of-service').getByRole('button').count(), 0, 'nothing to press');
      fake.status.outOfService = null;
      fake.emit('statusChanged', {});
      await page.getByText('请将身份证放在读卡区').waitFor();
    }));

  test('the screen reports its frames to the core, and reloads when the core asks', () =>
    withKiosk(async ({ page, fake }) => {
      // The first report may be drawn before the socket is up (then it is lost, as on a kiosk);
      // the next one comes FRAME_REPORT_EVERY_MS later.
      await fake.waitForCall('reportFrame', 1, FRAME_REPORT_EVERY_MS + 5000);
      await page.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
      const loaded = page.waitForEvent('load');
      fake.emit('reloadUi', {});
      await loaded;
      assert.equal(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload), undefined, 'a fresh page');
      await page.getByText('请将身份证放在读卡区').waitFor();
    }));

  test('buttons are finger-sized, named by their text; elder mode makes them bigger', () =>
    withKiosk(async ({ page, fake }) => {
      fake.identify(resident);
      await page.getByText('您好，张*民').waitFor();
      const measure = () =>
        page.$$eval('main button', (buttons) =>
          buttons.map((b) => ({ text: (b as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), label: b.getAttribute('aria-label'), h: b.getBoundingClientRect().height })),
        );
      for (const b of await measure()) {
        assert.ok(b.h >= 64, `"${b.text}" is ${b.h}px tall`);
        assert.ok(b.text.length > 0 && b.label === null, `"${b.text}" must be named by its visible text`);
      }
      fake.wipe();
      const toggle = page.getByRole('button', { name: '长辈版' });
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      const size = await page.getByText('请将身份证放在读卡区').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(size >= 72, `elder prompt is ${size}px`);
      await page.getByRole('button', { name: '不用身份证，浏览服务' }).click();
      await page.getByText('请选择您要办理的服务').waitFor();
      for (const b of await measure()) assert.ok(b.h >= 88, `elder "${b.text}" is ${b.h}px tall`);
    }));

  test('a dropped link shows 正在连接… and the page picks up the core\'s state when it returns', async () => {
    const kiosk = await openKiosk(browser);
    const { page, fake } = kiosk;
    let restarted: Awaited<ReturnType<typeof startBrowserShell>> | null = null;
    try {
      await page.getByText('请将身份证放在读卡区').waitFor();
      await kiosk.shell.close();
      await page.getByText('正在连接…').waitFor();
      fake.identify(resident); // happens while the page is away
      const token = new URL(kiosk.shell.url).searchParams.get('token')!;
      restarted = await startBrowserShell({ api: fake, port: kiosk.shell.port, token });
      await page.getByText('您好，张*民').waitFor({ timeout: 10_000 });
      await page.getByText('正在连接…').waitFor({ state: 'detached' });
    } finally {
      await restarted?.close();
      await kiosk.close();
    }
  });

  test('the bundled Chinese font is loaded from the shell, not the network', () =>
    withKiosk(async ({ page }) => {
      await page.getByText('请将身份证放在读卡区').waitFor();
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check('700 40px "Noto Sans SC"', '请将身份证放在读卡区');
      });
      assert.ok(loaded, 'Noto Sans SC 700 is not loaded for the prompt');
      const fontUrls = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.woff2')),
      );
      assert.ok(fontUrls.length > 0);
      assert.ok(fontUrls.every((u) => u.startsWith(new URL(page.url()).origin)), fontUrls.join(', '));
    }));
});
