// The admin console in a real Chromium, against a hub started in-process: an admin logs in, sees a
// terminal that reported low paper with that reason, takes it out of service with a message and
// sees the command listed as waiting for the terminal. The page runs under the hub's strict CSP;
// any CSP violation fails the test, so an inline script slipping into the build would show here.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { hashConsolePassword } from '../../central/console-auth.ts';
import { zonedMinute } from '../../config/zoned-time.ts';
import { enrollTerminal, signedCall, type TestTerminal } from '../central/helpers/hub.ts';
import { sampleGuidesRaw } from '../support/info-samples.ts';

const PASSWORD = 'township-hall-2026';

describe('admin console in Chromium', () => {
  let hub: RunningCentral;
  let terminal: TestTerminal;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];
  // Last seen, in Beijing time (the hub's default CENTRAL_TIME_ZONE) whatever the admin's computer
  // or the test machine is set to (issue 21): the minute before or after the heartbeat was sent.
  const lastSeen: string[] = [];

  beforeAll(async () => {
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', consolePasswordHash: hashConsolePassword(PASSWORD) });
    terminal = await enrollTerminal(hub, 'HALL-7');
    lastSeen.push(zonedMinute(new Date(), 'Asia/Shanghai'));
    const beat = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', {
      body: {
        at: new Date().toISOString(),
        softwareVersion: '0.3.1',
        devices: { printer: { state: 'paper-low' }, cardReader: { state: 'connected' } },
        sync: { pending: 4, oldestPendingAgeSeconds: 120, lastSuccessAt: null, lastError: null },
        screen: { lastFrameAgeSeconds: 2, uptimeSeconds: 600 },
        alerts: ['paper-low'],
        freeDiskBytes: 20 * 1024 ** 3,
      },
    });
    assert.equal(beat.status, 200);
    lastSeen.push(zonedMinute(new Date(), 'Asia/Shanghai'));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  test('the page is served under the strict CSP and asks for the password first', async () => {
    const response = await page.goto(`${hub.url}/console/`);
    assert.equal(response?.status(), 200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    await page.getByLabel('密码').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN', 'the console speaks Chinese by default');
    assert.equal(await page.getByText(terminal.terminalId).count(), 0, 'no fleet data before logging in');
  });

  test('English is one button away, and the page then speaks English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Password').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.getByLabel('密码').count(), 0);
  });

  test('a wrong password is told, the right one shows the terminal with its health, version, backlog and paper', async () => {
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').getByText('the password is wrong').waitFor();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    const row = page.locator(`tr[data-terminal="${terminal.terminalId}"]`);
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /warning/);
    assert.match(text, /printer paper low/);
    assert.match(text, /0\.3\.1/);
    assert.match(text, /4 \(oldest 2 min\)/);
    assert.ok(lastSeen.some((minute) => text.includes(minute)), `last seen in Beijing time (${lastSeen.join(' or ')}): ${text}`);
    assert.match(text, /\blow\b/);
  });

  test('out of service with a message is sent and listed as pending for the terminal', async () => {
    await page.getByRole('link', { name: terminal.terminalId }).click();
    await page.getByLabel('Message residents see while out of service').fill('本机维护中，请到 3 号窗口办理');
    await page.getByRole('button', { name: 'Out of service on' }).click();
    const row = page.locator('tr[data-command="out-of-service"]');
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /out-of-service on: 本机维护中，请到 3 号窗口办理/);
    assert.match(text, /pending/);
    // The hub agrees: the command is really queued, not only drawn by the page.
    const listed = await fetch(`${hub.url}/v1/admin/terminals/${terminal.terminalId}/commands`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
    assert.deepEqual(
      ((await listed.json()) as { command: unknown }[]).map((c) => c.command),
      [{ type: 'out-of-service', on: true, message: '本机维护中，请到 3 号窗口办理' }],
    );
  });

  test('a screenshot cannot be asked for without a reason', async () => {
    assert.equal(await page.getByRole('button', { name: 'Take a screenshot' }).isDisabled(), true);
  });

  test('publishing: an invalid guides document is refused with the reason, a valid one gets version 1 on the hub', async () => {
    await page.getByRole('link', { name: 'Publish a document' }).click();
    await page.getByLabel('Kind').selectOption('guides');
    await page.getByLabel('Document body (JSON)').fill('{"guides": "none"}');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').getByText(/invalid guides/).waitFor();
    await page.getByLabel('Document body (JSON)').fill(JSON.stringify(sampleGuidesRaw(), null, 2));
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').getByText('published guides version 1').waitFor();
    const served = await signedCall(hub, terminal, 'GET', '/v1/documents/guides');
    assert.equal(served.status, 200);
    // What a kiosk fetches: the pasted guides, signed by the hub, as version 1.
    assert.deepEqual([served.json.document.version, served.json.document.body], [1, sampleGuidesRaw()]);
  });

  test('no CSP violation happened on any console page', () => {
    assert.deepEqual(cspViolations, []);
  });
});
