// The real Electron main-process bundle (electron/main.ts → main.cjs), run by Node with a
// recording stand-in for the 'electron' module (support/fake-electron.cjs), because no Electron
// binary can be installed here. It boots the real kiosk core with simulated devices and checks
// the wiring: what main asks of Electron, the kiosk:// responses, IPC trust and round trips,
// events, the lockdown handlers, and a clean shutdown on SIGTERM. Chromium's side is not tested
// here: that is the job of tests/e2e-electron where Electron is installed.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { contentSecurityPolicy } from '../../electron/policy/csp.ts';

type Sent = { channel: string; message: { type: string; id?: number; ok?: boolean; name?: string; result?: unknown; error?: { code: string } } };

describe('Electron main process wiring (with a stand-in for Electron)', () => {
  let dir: string;
  let child: ChildProcess;
  let stdout = '';
  let stderr = '';
  const sent: Sent[] = [];
  const pending = new Map<number, (value: unknown) => void>();
  let nextId = 1;
  let nextRequestId = 1;

  function call(command: string, args?: Record<string, unknown>): Promise<any> {
    const id = nextId++;
    return new Promise((resolvePromise, reject) => {
      pending.set(id, (m: any) => (m.error ? reject(new Error(m.error)) : resolvePromise(m.value)));
      child.send({ id, command, args });
    });
  }

  async function waitFor<T>(find: () => T | undefined, what: string, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (child.exitCode !== null) throw new Error(`main exited with ${child.exitCode} while waiting for ${what}\nstderr:\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\nstderr:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Sends a request over the fake IPC and returns the response to it, or null if none came. */
  async function request(method: string, params: unknown, sender: Record<string, unknown> = {}, waitMs = 10_000) {
    const id = nextRequestId++;
    await call('ipc', { payload: { type: 'request', id, method, params }, ...sender });
    try {
      return await waitFor(() => sent.find((s) => s.message.type === 'response' && s.message.id === id), `response ${id}`, waitMs);
    } catch {
      return null;
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-main-wiring-'));
    await build({
      entryPoints: { main: 'electron/main.ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outdir: join(dir, 'electron'),
      outExtension: { '.js': '.cjs' },
      external: ['electron', 'better-sqlite3', 'serialport', '@serialport/*', 'fsevents', '@electric-sql/pglite', 'pg', 'pdfkit', 'fontkit'],
      logLevel: 'silent',
    });
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><script type="module" src="app.js"></script>');
    writeFileSync(join(dir, 'renderer', 'app.js'), 'console.log("app")');
    child = spawn(process.execPath, ['--require', resolve('tests/electron/support/fake-electron.cjs'), join(dir, 'electron', 'main.cjs'), '--data-dir', join(dir, 'data')], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, NODE_PATH: resolve('node_modules') },
    });
    child.stdout!.on('data', (d) => (stdout += String(d)));
    child.stderr!.on('data', (d) => (stderr += String(d)));
    child.on('message', (m: any) => {
      if (m.kind === 'result') pending.get(m.id)?.(m);
      if (m.kind === 'sent') sent.push(m);
    });
    await waitFor(() => (/kiosk ready: /.test(stdout) ? true : undefined), 'kiosk ready', 30_000);
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('announces exactly one ready line with the app page URL', () => {
    assert.equal(stdout, 'kiosk ready: kiosk://app/index.html\n');
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
    assert.ok(status, `no response\nstderr:\n${stderr}`);
    assert.equal(status.message.ok, true);
    assert.ok((status.message.result as { site: { name: string } }).site.name.length > 0);

    for (const sender of [{ isMainFrame: false }, { frameUrl: 'https://evil.example/' }, { frameUrl: null }, { webContentsId: 999 }]) {
      assert.equal(await request('getStatus', {}, sender, 400), null, JSON.stringify(sender));
    }
    assert.match(stderr, /refused an IPC message from a sender other than the kiosk page/);
  });

  test('malformed messages get no answer; bad parameters get a bad-request error', async () => {
    await call('ipc', { payload: { type: 'request', id: 'x', method: 'getStatus' } });
    await call('ipc', { payload: 'getStatus' });
    await waitFor(() => (/refused an IPC message: not a request message/.test(stderr) ? true : undefined), 'refusal log');
    const bad = await request('chooseService', { serviceId: '' });
    assert.equal(bad?.message.ok, false);
    assert.equal(bad?.message.error?.code, 'bad-request');
  });

  test('core events reach the page: placing a simulated card starts a session', async () => {
    const status = await request('getStatus', {});
    const cards = (status!.message.result as { simulator: { cards: { id: string }[] } | null }).simulator?.cards ?? [];
    assert.ok(cards.length > 0, 'devices are simulated by default');
    const before = sent.length;
    const placed = await request('simPlaceCard', { cardId: cards[0].id });
    assert.equal(placed?.message.ok, true);
    const event = await waitFor(() => sent.slice(before).find((s) => s.message.type === 'event' && s.message.name === 'session'), 'session event');
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

  test('SIGTERM closes the core cleanly and exits 0', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), 20_000)))]);
    clearTimeout(timer);
    assert.equal(code, 0, `stderr:\n${stderr}`);
    assert.ok(existsSync(join(dir, 'data')), 'the data directory was used');
  });
});
