// The console's rollouts page in a real Chromium against an in-process hub: an admin starts a
// staged rollout of a published release, pauses it, and after a terminal fails on the new version
// sees it halted by itself with the reason, with only resume and abort left to press.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { hashConsolePassword } from '../../central/console-auth.ts';
import { publicKeyToBase64 } from '../../shared/contract/signing.ts';
import { sha256HexOf, signManifest } from '../../shared/contract/releases.ts';
import { adminCall, enrollTerminal, signedCall, type TestTerminal } from '../central/helpers/hub.ts';

const PASSWORD = 'township-hall-2026';

describe('admin console: rollouts', () => {
  let hub: RunningCentral;
  let terminal: TestTerminal;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const releaseKey = generateKeyPairSync('ed25519').privateKey;
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', consolePasswordHash: hashConsolePassword(PASSWORD), releasePublicKey: publicKeyToBase64(createPublicKey(releaseKey)) });
    terminal = await enrollTerminal(hub, 'HALL-7');
    const bundle = randomBytes(2000);
    const signed = signManifest(releaseKey, { version: '0.5.0', bundle: { sha256: sha256HexOf(bundle), size: bundle.length }, minFromVersion: '0.1.0', storeSchema: { version: 5, readableFrom: 5 }, created: new Date().toISOString() });
    assert.equal((await adminCall(hub, 'POST', '/v1/admin/releases', { ...signed, bundleBase64: bundle.toString('base64') })).status, 201);
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  test('start, pause, and a rollout halted by a failing terminal shows why', async () => {
    await page.goto(`${hub.url}/console/#/rollouts`);
    await page.getByRole('button', { name: 'English' }).click(); // its words are the English pages'
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Rollouts' }).waitFor();
    await page.getByLabel('Stages (%)').fill('50,100');
    await page.getByLabel('Halt after failures').fill('1');
    await page.getByRole('button', { name: 'Start rollout' }).click();
    await page.getByRole('status').getByText('rollout of 0.5.0 started at 50%').waitFor();
    const row = page.locator('tr[data-rollout]');
    assert.match(await row.innerText(), /0\.5\.0\s+running\s+50% \(1 of 50 → 100%\)/);
    await row.getByRole('button', { name: 'pause' }).click();
    await page.getByRole('status').getByText('0.5.0: paused at 50%').waitFor();
    const failure = { version: '0.5.0', reason: '0.5.0 exited with status 1 before it was healthy; back on 0.1.0', at: new Date().toISOString() };
    const beat = await signedCall(hub, terminal, 'POST', '/v1/heartbeat', {
      body: { at: new Date().toISOString(), softwareVersion: '0.1.0', devices: {}, sync: { pending: 0, oldestPendingAgeSeconds: null, lastSuccessAt: null, lastError: null }, update: { failures: [failure] } },
    });
    assert.equal(beat.status, 200);
    await page.reload();
    await row.getByText('halted', { exact: true }).waitFor();
    const text = await row.innerText();
    assert.match(text, /halted by itself: 1 terminal failed on 0\.5\.0/);
    assert.match(text, new RegExp(`${terminal.terminalId}: 0\\.5\\.0 exited with status 1`));
    assert.deepEqual(await row.getByRole('button').allInnerTexts(), ['resume', 'abort']);
  });
});
