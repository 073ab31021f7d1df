// The hall's queue in Chromium (issue 25), one kiosk core and one browser: the kiosk's 取号 screen
// shows who waits and the ticket how many are ahead; two counters sign in and call, skip, recall
// and finish; the hall display shows each call at its window and plays its spoken clip to the end;
// the host restarts and both pages reconnect by themselves.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server.ts';
import { startHallServer, type HallServer } from '../../terminal/services/hall-queue/hall-server.ts';
import { hashPin } from '../../terminal/technician/pin-hash.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { startCachedVoice } from '../support/cached-speech.ts';
import { hanResident, tibetanResident } from '../support/fixtures.ts';
import { launchChromium } from '../support/chromium.ts';
import { ensureRendererBuilt } from '../renderer/ui-harness.ts';
import { deadHttpUrl } from '../support/dead-address.ts';

const hall = {
  enabled: true,
  counters: [
    { id: 'w1', number: 1, queues: ['general'], pinHash: hashPin('1111') },
    { id: 'w2', number: 2, queues: ['general'], pinHash: hashPin('2222') },
  ],
  displayCodeHash: hashPin('246810'),
  callRepeats: 1,
};
/** Set HALL_SCREENSHOTS=dir to keep the pages' pictures (for a person to look at). */
const shots = process.env.HALL_SCREENSHOTS;

describe('the hall queue in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let core: ReturnType<typeof createCoreHarness>;
  let shell: BrowserShell;
  let hallServer: HallServer;
  let hallUrl: string;

  beforeAll(async () => {
    ensureRendererBuilt();
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
    core = createCoreHarness({ hall, session: { idleTimeoutSeconds: 600, warningSeconds: 20 } });
    const voice = await startCachedVoice(() => new Date(core.clock.now()));
    shell = await startBrowserShell({ api: core.terminal, port: 0 });
    hallServer = await startHallServer({ queue: core.terminal.hallQueue, hall: () => core.config.hall, key: Buffer.alloc(32, 9), speak: (req) => voice.speak(req), now: () => core.clock.now(), port: 0, host: '127.0.0.1' });
    hallUrl = `http://127.0.0.1:${hallServer.port}`;
    if (shots) mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await hallServer?.close();
    await shell?.close();
    core?.close();
  });

  const picture = async (page: Page, name: string) => {
    if (shots) await page.screenshot({ path: `${shots}/${name}.png` });
  };

  async function takeTicket(page: Page, resident: typeof hanResident, waitingShown: string) {
    await core.terminal.endSession({});
    await page.goto(shell.url);
    core.cardReader.place(resident);
    await page.getByRole('button', { name: '取号排队' }).click();
    // The hall runs its queue here: the counter's tile says who waits before a number is taken.
    await page.getByText(waitingShown, { exact: true }).waitFor();
    await picture(page, `kiosk-queue-${waitingShown}`);
    await page.getByRole('button', { name: /综合受理窗口/ }).click();
    await page.locator('.ticket-number').waitFor();
    return page;
  }

  async function signIn(counterId: string, pin: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${hallUrl}/counter`);
    await page.getByLabel('窗口编号').fill(counterId);
    await page.getByLabel('密码').fill(pin);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('body[data-live="yes"]').waitFor();
    return page;
  }

  test('tickets, two counters and the display', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    const younger = { ...tibetanResident, birthDate: '1985-04-12', idNumber: '540102198504120021' };
    await takeTicket(kiosk, younger, '现在无人等候');
    await kiosk.getByText('前面没有人，请留意叫号').waitFor();
    await takeTicket(kiosk, { ...younger, idNumber: '54010219850412004X' }, '1 人等候');
    await kiosk.getByText('前面还有 1 人').waitFor();
    await kiosk.getByText('预计等候约 1–5 分钟（仅供参考）').waitFor();
    await picture(kiosk, 'kiosk-ticket-zh-CN');

    const display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await display.goto(`${hallUrl}/display`);
    await display.getByLabel('登记码').fill('000000');
    await display.getByRole('button', { name: '登记' }).click();
    await display.getByText('登记码不对。').waitFor();
    await display.getByLabel('登记码').fill('246810');
    await display.getByRole('button', { name: '登记' }).click();
    await display.locator('body[data-live="yes"]').waitFor();

    const one = await signIn('w1', '1111');
    const two = await signIn('w2', '2222');
    await one.getByRole('button', { name: '叫号' }).click();
    await one.locator('#current').getByText('A001').waitFor();
    // The display shows it at window 1, flashes it and speaks it (the clip played to its end).
    await display.locator('li[data-counter="1"] .ticket').getByText('A001').waitFor();
    await display.locator('#flash').getByText('请 A001 号到 1 号窗口办理').waitFor();
    await display.waitForFunction(() => (document.body.dataset.spoken ?? '').split(' ').length >= 1, undefined, { timeout: 20_000 });

    await two.getByRole('button', { name: '叫号' }).click();
    await two.locator('#current').getByText('A002').waitFor();
    await two.getByRole('button', { name: '过号' }).click();
    await two.locator('#recallable').getByRole('button', { name: 'A002' }).waitFor();
    // Nobody else waits: 叫号 says so and changes nothing.
    await two.getByRole('button', { name: '叫号' }).click();
    await two.getByText('本窗口的业务暂时无人排队。').waitFor();
    await two.locator('#recallable').getByRole('button', { name: 'A002' }).click();
    await two.locator('#current').getByText('A002').waitFor();
    await display.locator('li[data-counter="2"] .ticket').getByText('A002').waitFor();
    await two.getByRole('button', { name: '开始办理' }).click();
    await two.getByText('正在办理').waitFor();
    await picture(two, 'counter');
    await two.getByRole('button', { name: '完成' }).click();
    await two.locator('#current').getByText('—').waitFor();
    await two.getByRole('button', { name: '完成' }).click();
    await two.getByText('本窗口当前没有号码。').waitFor();
    await display.locator('li[data-counter="2"] .ticket').getByText('—').waitFor();
    // Spoken: A001's call, A002's call and its recall.
    await display.waitForFunction(() => (document.body.dataset.spoken ?? '').split(' ').length >= 3, undefined, { timeout: 20_000 });
    await expect(display.locator('#calls li').allTextContents()).resolves.toEqual(['A002 → 2 号窗口', 'A002 → 2 号窗口', 'A001 → 1 号窗口']);
    await picture(display, 'display');

    // The host restarts on the same port: the counter and the display reconnect by themselves,
    // their tokens still good, and carry on where the store left off.
    const port = hallServer.port;
    await hallServer.close();
    await one.locator('body[data-live="no"]').waitFor();
    hallServer = await startHallServer({ queue: core.terminal.hallQueue, hall: () => core.config.hall, key: Buffer.alloc(32, 9), port, host: '127.0.0.1', now: () => core.clock.now() });
    await one.locator('body[data-live="yes"]').waitFor({ timeout: 15_000 });
    await display.locator('body[data-live="yes"]').waitFor({ timeout: 15_000 });
    await one.locator('#current').getByText('A001').waitFor();
    await one.getByRole('button', { name: '完成' }).click();
    await display.locator('li[data-counter="1"] .ticket').getByText('—').waitFor();
  });

  test('a 军人 asks for priority on the 取号 screen: the ticket and the counter say the certificate is checked; a kiosk without its host says so', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await core.terminal.endSession({});
    await kiosk.goto(shell.url);
    core.cardReader.place({ ...tibetanResident, birthDate: '1985-04-12', idNumber: '540102198504120056' });
    await kiosk.getByRole('button', { name: '取号排队' }).click();
    const military = kiosk.getByRole('button', { name: '军人优先' });
    await military.click();
    await expect(military.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(kiosk.getByRole('button', { name: '残疾人优先' }).getAttribute('aria-pressed')).resolves.toBe('false');
    await picture(kiosk, 'kiosk-queue-priority-zh-CN');
    await kiosk.getByRole('button', { name: /综合受理窗口/ }).click();
    await kiosk.getByText('军人优先：请在窗口出示军人证件').waitFor();
    await picture(kiosk, 'kiosk-ticket-military-zh-CN');
    const one = await signIn('w1', '1111');
    await one.getByRole('button', { name: '叫号' }).click();
    await one.getByText('已叫号，等候办事人 · 军人优先（请查验军人证件）').waitFor();
    await picture(one, 'counter-military');
    await one.getByRole('button', { name: '完成' }).click();

    // The same screen in English, for a person to look at.
    await core.terminal.endSession({});
    await kiosk.goto(shell.url);
    await kiosk.getByRole('button', { name: 'English', exact: true }).click();
    await kiosk.getByText('Please place your ID card on the reader').waitFor();
    core.cardReader.place({ ...tibetanResident, birthDate: '1985-04-12', idNumber: '540102198504120072' });
    await kiosk.getByRole('button', { name: /Take a number/ }).click();
    await kiosk.getByRole('button', { name: 'Service member priority' }).waitFor();
    await picture(kiosk, 'kiosk-queue-priority-en');

    // This kiosk made another's member, that host not answering: no counters to tap, the reason.
    const asHost = core.terminal.currentConfig();
    core.terminal.applyConfig({ ...asHost, hall: { ...asHost.hall, host: { url: await deadHttpUrl(), code: '864209' } } });
    try {
      await kiosk.getByRole('button', { name: 'Back' }).click();
      await kiosk.getByRole('button', { name: /Take a number/ }).click();
      await kiosk.getByRole('alert').getByText("This kiosk cannot reach the hall's queue system just now", { exact: false }).waitFor();
      await expect(kiosk.getByRole('button', { name: /综合受理窗口/ }).count()).resolves.toBe(0);
      await picture(kiosk, 'kiosk-queue-no-host-en');
    } finally {
      core.terminal.applyConfig(asHost);
    }
  });
});
