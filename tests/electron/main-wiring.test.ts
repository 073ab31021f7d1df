// The real Electron main-process bundle (electron/main.ts → main.cjs, built by
// scripts/build-electron.mjs), run by Node with a recording stand-in for the 'electron' module
// (support/fake-electron.cjs), because no Electron binary can be installed here. It boots the
// real kiosk core with simulated devices and checks the wiring: what main asks of Electron, the
// kiosk:// responses, IPC trust and round trips, events, the lockdown handlers, and a clean
// shutdown on SIGTERM. Chromium's side is not tested here: that is the job of
// tests/e2e-electron where Electron is installed.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../shared/content-security-policy.ts';
import { buildMainBundle, startMainProcess, type MainProcess } from './support/main-process.ts';

type Sent = { channel: string; message: { type: string; id?: number; ok?: boolean; name?: string; result?: unknown; error?: { code: string } } };

describe('Electron main process wiring (with a stand-in for Electron)', () => {
  let dir: string;
  let main: MainProcess;
  let nextRequestId = 1;
  const call = (command: string, args?: Record<string, unknown>) => main.call(command, args);
  const waitFor = <T>(find: () => T | undefined, what: string, ms?: number) => main.waitFor(find, what, ms);
  const sent = () => main.reports.filter((m): m is Sent & { kind: string } => m.kind === 'sent');

  /** Sends a request over the fake IPC and returns the response to it, or null if none came. */
  async function request(method: string, params: unknown, sender: Record<string, unknown> = {}, waitMs = 10_000) {
    const id = nextRequestId++;
    await call('ipc', { payload: { type: 'request', id, method, params }, ...sender });
    try {
      return await waitFor(() => sent().find((s) => s.message.type === 'response' && s.message.id === id), `response ${id}`, waitMs);
    } catch {
      return null;
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-main-wiring-'));
    buildMainBundle(dir);
    main = startMainProcess(dir, { args: ['--data-dir', join(dir, 'data')] });
    await waitFor(() => (/kiosk ready: /.test(main.stdout()) ? true : undefined), 'kiosk ready', 30_000);
  });

  afterAll(async () => {
    main?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('announces exactly one ready line with the app page URL', () => {
    assert.equal(main.stdout(), 'kiosk ready: kiosk://app/index.html\n');
  });

  test('asks Electron for the lockdown: sandbox, no menu, display kept awake, privileged kiosk scheme, kiosk window', async () => {
    const recorded = await call('recorded');
    assert.equal(recorded.sandbox, true);
    assert.equal(recorded.menu, null);
    assert.deepEqual(recorded.powerSave, ['prevent-display-sleep']);
    assert.ok(recorded.switches.includes('disable-pinch'));
    assert.equal(recorded.privileged[0].scheme, 'kiosk');
    assert.equal(recorded.privileged[0].privileges.standard, true);
    assert.equal(recorded.privileged[0].privileges.secure, true);
    assert.equal(recorded.windowShown, true);
  });

  test('kiosk:// serves the page with the CSP and refuses what is not the app', async () => {
    const page = await call('fetch', { url: 'kiosk://app/index.html' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-security-policy'], contentSecurityPolicy());
    assert.match(page.headers['content-type'], /^text\/html/);
    const script = await call('fetch', { url: 'kiosk://app/app.js' });
    assert.match(script.headers['content-type'], /^text\/javascript/);
    for (const url of ['kiosk://app/missing.js', 'kiosk://app/..%2f..%2fdata%2fkiosk.db', 'kiosk://evil/index.html', 'kiosk://app/data/store.key']) {
      assert.equal((await call('fetch', { url })).status, 404, url);
    }
  });

  test('a request from the kiosk page is answered; from anywhere else it is ignored', async () => {
    const status = await request('getStatus', {});
    assert.ok(status, `no response\nstderr:\n${main.stderr()}`);
    assert.equal(status.message.ok, true);
    assert.ok((status.message.result as { site: { name: string } }).site.name.length > 0);

    for (const sender of [{ isMainFrame: false }, { frameUrl: 'https://evil.example/' }, { frameUrl: null }, { webContentsId: 999 }]) {
      assert.equal(await request('getStatus', {}, sender, 400), null, JSON.stringify(sender));
    }
    assert.match(main.stderr(), /refused an IPC message from a sender other than the kiosk page/);
  });

  test('malformed messages get no answer; bad parameters get a bad-request error', async () => {
    await call('ipc', { payload: { type: 'request', id: 'x', method: 'getStatus' } });
    await call('ipc', { payload: 'getStatus' });
    await waitFor(() => (/refused an IPC message: not a request message/.test(main.stderr()) ? true : undefined), 'refusal log');
    const bad = await request('chooseService', { serviceId: '' });
    assert.equal(bad?.message.ok, false);
    assert.equal(bad?.message.error?.code, 'bad-request');
  });

  test('core events reach the page: placing a simulated card starts a session', async () => {
    const status = await request('getStatus', {});
    const cards = (status!.message.result as { simulator: { cards: { id: string }[] } | null }).simulator?.cards ?? [];
    assert.ok(cards.length > 0, 'devices are simulated by default');
    const before = sent().length;
    const placed = await request('simPlaceCard', { cardId: cards[0].id });
    assert.equal(placed?.message.ok, true);
    const event = await waitFor(() => sent().slice(before).find((s) => s.message.type === 'event' && s.message.name === 'session'), 'session event');
    assert.equal(event.channel, 'kiosk:message');
    const payload = JSON.stringify(event.message);
    assert.match(payload, /"maskedName":"[^"]*\*/, 'the resident is shown masked');
    assert.ok(!payload.includes('张伟民') && !/\d{17}[\dX]/.test(payload), 'no full name or ID number crosses to the page');
  });

  test('navigation, new windows, shortcuts, permissions, network and closing are refused', async () => {
    assert.equal(await call('navigate', { url: 'https://evil.example/' }), true);
    assert.equal(await call('navigate', { url: 'kiosk://app/index.html' }), false);
    assert.deepEqual(await call('openWindow', { url: 'https://evil.example/' }), { action: 'deny' });
    assert.equal(await call('key', { input: { type: 'keyDown', key: 'F4', alt: true, control: false, meta: false, shift: false } }), true);
    assert.equal(await call('key', { input: { type: 'keyDown', key: 'a', alt: false, control: false, meta: false, shift: false } }), false);
    assert.equal(await call('permission', { name: 'media' }), false);
    assert.equal(await call('request', { url: 'https://central.example.cn/' }), true);
    assert.equal(await call('request', { url: 'kiosk://app/app.js' }), false);
    assert.equal(await call('closeWindow'), true, 'Alt+F4 through the window manager does not close the kiosk');
  });

  test('SIGTERM closes the core cleanly and exits 0, though residents cannot close the window (as on Windows)', async () => {
    // The stand-in cancels close() of a non-closable window, and the quit with it, as Windows does.
    main.child.kill('SIGTERM');
    const code = await main.exited(20_000);
    assert.equal(code, 0, `stderr:\n${main.stderr()}`);
    assert.ok(!main.reports.some((m) => m.kind === 'quit-cancelled'), 'the quit was not cancelled by the kiosk window');
    assert.ok(existsSync(join(dir, 'data')), 'the data directory was used');
  });
});
