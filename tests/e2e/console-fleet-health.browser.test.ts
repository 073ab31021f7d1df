// The admin console's terminal list in a real Chromium, against a hub started in-process (issue 21):
// a kiosk whose UI has not drawn yet reads "starting up", not healthy; a terminal that rolled back
// by itself shows the version it left and why, with a button that clears it (who and when kept
// by the hub), and a later rollback shows again.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { hashConsolePassword } from '../../central/console-auth.ts';
import { adminCall, enrollTerminal, signedCall, type TestTerminal } from '../central/helpers/hub.ts';

const PASSWORD = 'township-hall-2026';

const beat = (screen: { lastFrameAgeSeconds: number | null; uptimeSeconds: number }, failures: { version: string; reason: string; at: string }[] = []) => ({
  at: new Date().toISOString(),
  softwareVersion: '0.2.0',
  devices: {},
  sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null },
  screen,
  alerts: [],
  freeDiskBytes: 20 * 1024 ** 3,
  ...(failures.length > 0 ? { update: { failures } } : {}),
});
const rolledBack03 = { version: '0.3.0', reason: '0.3.0 exited with status 1 before it was healthy; back on 0.2.0', at: '2026-12-07T01:00:00.000Z' };
const rolledBack04 = { version: '0.4.0', reason: '0.4.0 did not report healthy within 30 s: no frame drawn (the UI never rendered); back on 0.2.0', at: '2026-12-07T02:00:00.000Z' };

describe('fleet health in the admin console', () => {
  let hub: RunningCentral;
  let starting: TestTerminal;
  let rolledBack: TestTerminal;
  let browser: Browser;
  let page: Page;
  const row = (t: TestTerminal) => page.locator(`tr[data-terminal="${t.terminalId}"]`);

  beforeAll(async () => {
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', consolePasswordHash: hashConsolePassword(PASSWORD) });
    starting = await enrollTerminal(hub, 'HALL-1');
    rolledBack = await enrollTerminal(hub, 'HALL-2');
    assert.equal((await signedCall(hub, starting, 'POST', '/v1/heartbeat', { body: beat({ lastFrameAgeSeconds: null, uptimeSeconds: 15 }) })).status, 200);
    assert.equal((await signedCall(hub, rolledBack, 'POST', '/v1/heartbeat', { body: beat({ lastFrameAgeSeconds: 2, uptimeSeconds: 600 }, [rolledBack03]) })).status, 200);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${hub.url}/console/`);
    await page.getByRole('button', { name: 'English' }).click(); // its words are the English pages'
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await row(rolledBack).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  test('a kiosk whose UI has not drawn yet reads "starting up", with why', async () => {
    const text = await row(starting).innerText();
    assert.match(text, /starting up/);
    assert.match(text, /the UI has not drawn its first frame yet/);
    assert.doesNotMatch(text, /healthy/);
  });

  test('a rolled-back terminal shows the version it left and why, until acknowledged with the button', async () => {
    const before = await row(rolledBack).innerText();
    assert.match(before, /warning/);
    assert.match(before, /rolled back by itself from 0\.3\.0 to 0\.2\.0: 0\.3\.0 exited with status 1 before it was healthy/);
    await row(rolledBack).getByLabel('Your name').fill('李主任');
    await row(rolledBack).getByRole('button', { name: 'Acknowledge rollback from 0.3.0' }).click();
    await row(rolledBack).getByText('healthy', { exact: true }).waitFor();
    assert.doesNotMatch(await row(rolledBack).innerText(), /rolled back/);
    const log = (await adminCall(hub, 'GET', '/v1/admin/log')).json as { action: string; detail: string }[];
    assert.ok(log.some((e) => e.action === 'rollback acknowledged' && /0\.3\.0 → 0\.2\.0.*by 李主任 \(admin console\)/.test(e.detail)), JSON.stringify(log));
  });

  test('a new rollback shows again', async () => {
    await signedCall(hub, rolledBack, 'POST', '/v1/heartbeat', { body: beat({ lastFrameAgeSeconds: 2, uptimeSeconds: 700 }, [rolledBack04, rolledBack03]) });
    await page.reload();
    await row(rolledBack).getByText(/rolled back by itself from 0\.4\.0 to 0\.2\.0/).waitFor();
    assert.equal(await row(rolledBack).getByRole('button', { name: 'Acknowledge rollback from 0.4.0' }).count(), 1);
  });
});
