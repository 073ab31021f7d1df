// Updates end to end (issue 12), with real processes and the browser shell: a hub, the real
// supervisor with a side-by-side install root, and the real kiosk (each release's own bundle,
// dist/node/kiosk.mjs, --shell browser: Debian's Chromium on Xvfb renders the UI, whose frames make
// a version healthy). Versions of the app are built here, as copies of this checkout with a bumped
// version, packed and signed with a release key made for the test:
//   0.2.0  good: rolled out by kioskctl, switched to, healthy;
//   0.3.0  crashes at start: rolled back by the supervisor, its rollout halts by itself;
//   0.4.0  its UI never renders: rolled back after the health deadline, its rollout halts.
// Needs chromium, xvfb and x11-apps (as the browser-shell tests).
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { startCentral, type RunningCentral } from '../../central/server.ts';
import { privateKeyToPem, publicKeyToBase64 } from '../../shared/contract/signing.ts';
import { packRelease } from '../../central/releases/pack-release.ts';
import { ensureRendererBuilt } from '../renderer/ui-harness.ts';
import { requireXTools, startXvfb, type VirtualDisplay } from '../browser-shell/x-screen.ts';
import { nodeEntryArgs } from '../support/node-entries.ts';

const repo = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', '.git', '.kiosk-data', '.central-data', 'release', 'test-results.json', 'coverage']);

/** A copy of this checkout as version `version`, optionally broken on purpose. */
function makeApp(dir: string, version: string, broken?: 'crash-at-start' | 'ui-never-renders'): string {
  cpSync(repo, dir, { recursive: true, filter: (src) => !SKIP.has(relative(repo, src).split('/')[0]!) });
  const pkgPath = join(dir, 'package.json');
  writeFileSync(pkgPath, JSON.stringify({ ...JSON.parse(readFileSync(pkgPath, 'utf8')), version }, null, 2));
  if (broken === 'crash-at-start') {
    // Its bundle (what the supervisor runs) and its sources alike.
    for (const cli of [join(dir, 'dist/node/kiosk.mjs'), join(dir, 'cli/kiosk.ts')]) {
      writeFileSync(cli, `console.error('deliberately broken release ${version}: exits at start');\nprocess.exit(1);\n${readFileSync(cli, 'utf8')}`);
    }
  }
  if (broken === 'ui-never-renders') {
    const page = join(dir, 'dist/renderer/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/<script\b[^>]*>\s*<\/script>/g, ''));
  }
  return dir;
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>, context: () => string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}\n${context().slice(-6000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('a staged rollout to a supervised kiosk with the browser shell', () => {
  let display: VirtualDisplay;
  let hub: RunningCentral;
  let work: string;
  let installRoot: string;
  let keyFile: string;
  let supervisor: ChildProcess;
  let log = '';
  let terminalId = '';
  const releaseKey = generateKeyPairSync('ed25519').privateKey;
  const publicKey = publicKeyToBase64(createPublicKey(releaseKey));

  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${hub.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${hub.adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, json: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  // Asynchronous: the hub runs in this process and must keep answering while kioskctl waits.
  const kioskctl = async (...args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [...nodeEntryArgs('central/kioskctl.ts'), '--url', hub.url, '--token', hub.adminToken, ...args], { cwd: repo, encoding: 'utf8' });
      return stdout;
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      throw new Error(`kioskctl ${args.join(' ')} failed:\n${e.stdout}\n${e.stderr}`);
    }
  };
  const terminal = async () => ((await admin('GET', '/v1/admin/terminals')).json as { terminalId: string; softwareVersion: string; online: boolean }[])[0];
  const rollout = async (version: string) => ((await admin('GET', '/v1/admin/rollouts')).json as { rolloutId: string; version: string; state: string; reason: string | null }[]).find((r) => r.version === version);
  const current = () => readlinkSync(join(installRoot, 'current'));
  const publish = async (version: string, broken?: 'crash-at-start' | 'ui-never-renders') => {
    const app = makeApp(join(work, `app-${version}`), version, broken);
    packRelease({ appDir: app, outDir: join(work, `release-${version}`), key: releaseKey, minFromVersion: '0.1.0' });
    await kioskctl('release', 'publish', join(work, `release-${version}`));
  };

  beforeAll(async () => {
    requireXTools();
    ensureRendererBuilt();
    display = await startXvfb(720, 1280);
    hub = await startCentral({ port: 0, inMemory: true, logLevel: 'silent', releasePublicKey: publicKey });
    work = mkdtempSync(join(tmpdir(), 'kiosk-updates-'));
    keyFile = join(work, 'release-key.pem');
    writeFileSync(keyFile, privateKeyToPem(releaseKey), { mode: 0o600 });
    // The install as a technician leaves it: the first release unpacked, `current` pointing at it.
    installRoot = join(work, 'install');
    mkdirSync(join(installRoot, 'releases'), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(installRoot, 'node_modules'));
    makeApp(join(installRoot, 'releases/0.1.0'), '0.1.0');
    symlinkSync('../../node_modules', join(installRoot, 'releases/0.1.0/node_modules'));
    symlinkSync('releases/0.1.0', join(installRoot, 'current'));
    const config = join(work, 'hall.json');
    writeFileSync(config, JSON.stringify({ central: { url: hub.url, heartbeatSeconds: 5 }, updates: { releasePublicKey: publicKey, maxBytesPerSecond: 20_000_000 } }));
    const code = (await admin('POST', '/v1/admin/enrollment-codes', {})).json.code as string;
    supervisor = spawn(process.execPath, [...nodeEntryArgs('supervisor/cli.ts'), '--config', config, '--data-dir', join(work, 'data'), '--shell', 'browser', '--port', '0', '--enroll', code], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DISPLAY: display.name,
        RUNTIME_DIRECTORY: work,
        KIOSK_INSTALL_ROOT: installRoot,
        KIOSK_SUPERVISOR_POLL_SECONDS: '0.2',
        KIOSK_SUPERVISOR_START_GRACE_SECONDS: '120',
        KIOSK_SUPERVISOR_FRAME_WINDOW_SECONDS: '60',
        // Long enough for a good version's first frame on a loaded 2-core machine (about 10 s), short
        // enough that the version that never renders is rolled back without a minute's wait.
        KIOSK_SUPERVISOR_UPDATE_HEALTH_SECONDS: '30',
        KIOSK_SUPERVISOR_RESTART_DELAY_SECONDS: '0.5',
      },
    });
    supervisor.stdout!.on('data', (d) => (log += String(d)));
    supervisor.stderr!.on('data', (d) => (log += String(d)));
    const first = await waitFor('the kiosk on 0.1.0 reporting to the hub', 150_000, async () => {
      const t = await terminal();
      return t?.softwareVersion === '0.1.0' && t.online ? t : null;
    }, () => log);
    terminalId = first.terminalId;
  }, 240_000);

  afterAll(async () => {
    if (supervisor && supervisor.exitCode === null) {
      const exited = new Promise((r) => supervisor.once('exit', r));
      supervisor.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    }
    await hub?.close();
    await display?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('a good new version, published and rolled out with kioskctl, is switched to and reports healthy', async () => {
    await publish('0.2.0');
    await kioskctl('rollout', 'start', '0.2.0', '--stages', '100', '--halt-after', '1');
    await waitFor('the supervisor finding 0.2.0 healthy', 200_000, async () => /update to 0\.2\.0 is healthy \(store migrated, devices opened, UI rendered\)/.test(log), () => log);
    await waitFor('the terminal reporting 0.2.0', 30_000, async () => (await terminal())?.softwareVersion === '0.2.0', () => log);
    assert.equal(current(), 'releases/0.2.0');
    assert.match(log, /kiosk started \(pid \d+\): \S+ \S+\/current\/dist\/node\/kiosk\.mjs/, 'the release runs its own bundle, not its sources through tsx');
    assert.equal((await terminal())!.terminalId, terminalId, 'the same enrollment: the data dir came through the switch');
    assert.equal((await rollout('0.2.0'))!.state, 'running');
    assert.match(await kioskctl('rollout', 'advance', (await rollout('0.2.0'))!.rolloutId), /COMPLETED/);
  }, 240_000);

  test('a version that crashes at start is rolled back by itself and its rollout halts with the reason', async () => {
    await publish('0.3.0', 'crash-at-start');
    await kioskctl('rollout', 'start', '0.3.0', '--stages', '100', '--halt-after', '1');
    const halted = await waitFor('the 0.3.0 rollout halted', 200_000, async () => ((await rollout('0.3.0'))?.state === 'halted' ? rollout('0.3.0') : null), () => log);
    assert.match(halted!.reason!, /halted by itself: 1 terminal failed on 0\.3\.0.*0\.3\.0 exited with status 1 before it was healthy; back on 0\.2\.0/);
    assert.match(log, /ROLLED BACK to 0\.2\.0/);
    assert.equal(current(), 'releases/0.2.0');
    await waitFor('the terminal back on 0.2.0', 60_000, async () => (await terminal())?.softwareVersion === '0.2.0', () => log);
    assert.equal((await terminal())!.terminalId, terminalId);
    assert.match(await kioskctl('rollout', 'status'), /0\.3\.0 {2}HALTED/);
    await kioskctl('rollout', 'abort', halted!.rolloutId);
  }, 240_000);

  test('a version whose UI never renders is rolled back after the health deadline and its rollout halts', async () => {
    await publish('0.4.0', 'ui-never-renders');
    await kioskctl('rollout', 'start', '0.4.0', '--stages', '100', '--halt-after', '1');
    const halted = await waitFor('the 0.4.0 rollout halted', 230_000, async () => ((await rollout('0.4.0'))?.state === 'halted' ? rollout('0.4.0') : null), () => log);
    assert.match(halted!.reason!, /0\.4\.0 did not report healthy within 30 s: no frame drawn \(the UI never rendered\); back on 0\.2\.0/);
    assert.equal(current(), 'releases/0.2.0');
    await waitFor('the terminal back on 0.2.0', 60_000, async () => (await terminal())?.softwareVersion === '0.2.0', () => log);
  }, 240_000);
});
