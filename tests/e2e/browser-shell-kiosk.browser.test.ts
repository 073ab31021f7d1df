// The browser shell as a technician starts it on a minimal kiosk image: X with no window manager,
// a portrait 1080×1920 screen, `npm start -- --shell browser`. Judged by screenshots of the whole
// screen, as a resident would see it: the UI covers every pixel, no translate bubble, and after
// Chromium is killed the UI is back by itself (within 10 s: bench/browser-restart.bench.ts), counted
// in the heartbeat the hub receives.
// Needs Debian's chromium, xvfb and x11-apps (xwd).
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { kioskFlags, managedPolicy, rootOnlyFlags } from '../../browser-shell/chromium-flags.ts';
import { createProfileStore, type ProfileStore } from '../../browser-shell/chromium-profile.ts';
import { chromiumLauncher, findChromium } from '../../browser-shell/launch-chromium.ts';
import { startKioskProcess, type KioskProcess } from '../support/kiosk-process.ts';
import { captureScreen, differingBox, differingPixels, edgeShares, requireXTools, saveScreenshot, startXvfb, type Screenshot, type VirtualDisplay } from '../browser-shell/x-screen.ts';
import { edgesAsPercent, height, settledScreen, topBand, uiBackground, uiCoversScreen, uiShown, white, width } from '../browser-shell/ui-on-screen.ts';

const runningAsRoot = process.getuid?.() === 0;
/** A restart that has not shown the UI after this long is not coming. */
const RESTART_HANG_MS = 30_000;

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null> | T | null, describeLast: () => string = () => ''): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (performance.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${describeLast()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const pids = (stderr: string) => [...stderr.matchAll(/Chromium started \(pid (\d+)\)/g)].map((m) => Number(m[1]));

describe('npm start -- --shell browser on X with no window manager, portrait 1080×1920', () => {
  let display: VirtualDisplay;
  let kiosk: KioskProcess;
  let dir: string;
  let firstScreen: Screenshot;
  /** Chromiums this file killed: the heartbeat must count exactly these. */
  let kills = 0;

  beforeAll(async () => {
    requireXTools();
    display = await startXvfb(width, height);
    dir = mkdtempSync(join(tmpdir(), 'kiosk-browser-shell-'));
    kiosk = await startKioskProcess({ dataDir: join(dir, 'data'), config: { central: { heartbeatSeconds: 5 } }, args: ['--shell', 'browser'], timeoutMs: 90_000, env: { DISPLAY: display.name } });
  });

  afterAll(async () => {
    const code = await kiosk?.stop();
    await display?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, `the kiosk did not stop cleanly:\n${kiosk?.stderr()}`);
  });

  test('the UI covers the whole screen: every edge row and column shows the UI, none is black', async () => {
    let last: Screenshot | null = null;
    await waitFor(
      'the kiosk UI to cover the screen',
      45_000,
      async () => {
        last = await captureScreen(display.name);
        return uiShown(last) ? last : null;
      },
      () => (last ? `; edges showing the UI: ${edgesAsPercent(last)}\n${kiosk.stderr()}` : ''),
    );
    // Compared pixel for pixel after the restart below: taken once the top has been still for 1.5 s.
    firstScreen = await settledScreen(display.name, 5);
    assert.equal(firstScreen.width, width);
    assert.equal(firstScreen.height, height);
    assert.ok(uiCoversScreen(firstScreen), edgesAsPercent(firstScreen));
  });

  // How soon it is back is a figure, not a pass mark (`npm run bench -- browser-restart`: a median
  // of 5.6 s on a quiet 2-core machine, against the 10 s goal); here a limit of 30 s only tells a
  // restart that never comes from one slowed by the other tests' Chromiums on the same two cores.
  test('killed, Chromium is back by itself, covering the screen, with no pop-up over the UI', async () => {
    assert.ok(firstScreen, 'the first test saw no UI');
    // The Chromium running now (on a second try, the one started after the first try's kill).
    const firstPid = pids(kiosk.stderr()).at(-1);
    assert.ok(firstPid, `the kiosk logged no Chromium pid:\n${kiosk.stderr()}`);
    const logBeforeKill = kiosk.stderr().length;
    const killedAt = performance.now();
    process.kill(firstPid, 'SIGKILL'); // as the out-of-memory killer does
    kills++;
    // Only what the kiosk logged after this kill: on a second try the first try's line is there too.
    await waitFor('the kiosk to notice Chromium ended', 5000, () => (/Chromium ended \(killed by SIGKILL/.test(kiosk.stderr().slice(logBeforeKill)) ? true : null));
    const gone = await captureScreen(display.name);
    assert.ok(!uiCoversScreen(gone), 'the screen should have gone dark when Chromium was killed (was the right process killed?)');

    let last: Screenshot | null = null;
    await waitFor(
      'Chromium back on the screen',
      RESTART_HANG_MS - (performance.now() - killedAt),
      async () => {
        last = await captureScreen(display.name);
        return uiShown(last) ? last : null;
      },
      () => (last ? `; edges showing the UI: ${edgesAsPercent(last)}\n${kiosk.stderr()}` : ''),
    );
    const backAfterMs = Math.round(performance.now() - killedAt);
    console.log(`browser shell: the UI was back on the whole screen ${backAfterMs} ms after Chromium was killed`);
    assert.ok(backAfterMs < RESTART_HANG_MS);
    const secondPid = pids(kiosk.stderr()).at(-1);
    assert.ok(secondPid && secondPid !== firstPid, `a new Chromium should have been started:\n${kiosk.stderr()}`);
    // A "Restore pages?" or translate bubble would sit at the top, over the 长辈版 button, and stay
    // until someone dismisses it: the top of the screen comes back pixel for pixel as it was before
    // the kill. (It is given a few seconds: under load a web font subset can land after the UI shows.)
    let back = await settledScreen(display.name, 5);
    const settledBy = performance.now() + 10_000;
    while (differingPixels(firstScreen, back, topBand) > 0 && performance.now() < settledBy) back = await settledScreen(display.name, 2);
    assert.ok(uiCoversScreen(back), edgesAsPercent(back));
    const covered = differingPixels(firstScreen, back, topBand);
    if (covered > 0) {
      const before = saveScreenshot(firstScreen, join(tmpdir(), `browser-shell-before-kill-${process.pid}.png`));
      const after = saveScreenshot(back, join(tmpdir(), `browser-shell-after-restart-${process.pid}.png`));
      const box = differingBox(firstScreen, back, topBand);
      assert.fail(`something covers the top of the UI after the restart: ${covered} pixels differ within x ${box.left}–${box.right}, y ${box.top}–${box.bottom} (screens: ${before}, ${after})`);
    }
  });

  test('the restart is counted in the heartbeat: the hub shows one browser crash for this kiosk', async () => {
    const hubUrl = /demo hub at (http:\/\/127\.0\.0\.1:\d+)/.exec(kiosk.stderr())?.[1];
    assert.ok(hubUrl, kiosk.stderr());
    const token = readFileSync(join(dir, 'data', 'central', 'admin-token'), 'utf8').trim();
    let seen: unknown = null;
    const shell = await waitFor(
      'a heartbeat reporting the browser crash and Chromium running again',
      30_000,
      async () => {
        const res = await fetch(`${hubUrl}/v1/admin/terminals`, { headers: { authorization: `Bearer ${token}` } });
        const terminals = (await res.json()) as Array<{ devices: { shell?: { kind: string; crashes: number; lastCrash: string; state: string } } | null }>;
        seen = terminals[0]?.devices?.shell ?? null;
        const reported = terminals[0]?.devices?.shell;
        // A heartbeat sent between the kill and the new Chromium says 'restarting'; the hub
        // shows the kiosk healthy again only with a later one, so wait for that one.
        return reported && reported.crashes >= kills && reported.state === 'running' ? reported : null;
      },
      () => `; last seen: ${JSON.stringify(seen)}`,
    );
    assert.equal(shell.kind, 'browser');
    // One crash per kill this file made (a second try of the test above kills once more).
    assert.equal(shell.crashes, kills);
    assert.match(shell.lastCrash, /^killed by SIGKILL after/);
    assert.equal(shell.state, 'running');
  });

  test(runningAsRoot ? 'running as root: the log says once, even after a restart, that the sandbox is off' : 'as a normal user: the sandbox stays on', () => {
    const mentions = kiosk.stderr().match(/without its sandbox \(--no-sandbox\)/g) ?? [];
    assert.equal(mentions.length, runningAsRoot ? 1 : 0, kiosk.stderr());
  });
});

describe('no translate bubble over a Chinese page in Chromium as the shell starts it', () => {
  const text = '欢迎使用便民自助服务终端。请将身份证放在读卡区域。本终端提供社保查询、证明打印、事项办理、诉求反映、办件进度查询和服务评价等服务。如需帮助，请按呼叫按钮，工作人员将尽快为您服务。'.repeat(3);
  // White text on white: the page itself is invisible, so any non-white pixel is Chromium's own.
  const body = `<body style="margin:0;background:#fff;color:#fff;font-size:24px"><p>${text}</p></body></html>`;
  const plainPage = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>服务</title></head>${body}`;
  // The kiosk page's own <html> tag and <meta> tags (renderer/index.html), with the same text.
  const kioskHtml = readFileSync('renderer/index.html', 'utf8');
  const kioskMarkupPage = `<!doctype html>${/<html\b[^>]*>/.exec(kioskHtml)![0]}<head>${(kioskHtml.match(/<meta\b[^>]*>/g) ?? []).join('')}<title>服务</title></head>${body}`;

  let display: VirtualDisplay;
  let server: Server;
  let origin: string;
  const profiles = createProfileStore();
  const running: ChildProcess[] = [];
  /** Profiles without the kiosk preferences: Chromium's defaults. */
  const stockBase = mkdtempSync(join(tmpdir(), 'stock-profiles-'));
  const stockProfile: ProfileStore = { fresh: () => mkdtempSync(join(stockBase, 'profile-')), removeAll: () => rmSync(stockBase, { recursive: true, force: true }) };
  let bubbleAfterMs = 0;

  beforeAll(async () => {
    requireXTools();
    display = await startXvfb(800, 600);
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.url === '/kiosk-markup' ? kioskMarkupPage : plainPage);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    server?.close();
    profiles.removeAll();
    stockProfile.removeAll();
    await display?.stop();
  });

  /** Starts Chromium through the shell's launcher; resolves with how long until a non-white pixel showed, or null. */
  async function watchForBubble(path: string, store: ProfileStore, watchMs: number): Promise<number | null> {
    const executable = findChromium();
    assert.ok(executable, 'Chromium is not installed (apt-get install chromium)');
    const launch = chromiumLauncher({ url: `${origin}${path}`, executable, profiles: store, runningAsRoot, display: display.name, log: () => {} });
    const child = await launch();
    running.push(child);
    try {
      // The page is up once the whole screen is white (the window covers it).
      let edges = {};
      await waitFor(
        'the page to cover the screen',
        20_000,
        async () => {
          const shot = await captureScreen(display.name);
          edges = edgeShares(shot, white);
          return Object.values(edges).every((s) => s === 1) ? true : null;
        },
        () => `; white share of each edge: ${JSON.stringify(edges)}`,
      );
      const shown = performance.now();
      const until = shown + watchMs;
      while (performance.now() < until) {
        const shot = await captureScreen(display.name);
        for (let y = 0; y < shot.height; y += 2) for (let x = 0; x < shot.width; x += 2) if (shot.pixel(x, y) !== white) return Math.round(performance.now() - shown);
        await new Promise((r) => setTimeout(r, 200));
      }
      return null;
    } finally {
      // The next check must not see this window (nor its bubble): wait until the screen is empty.
      const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      await waitFor('the killed browser window to go', 10_000, async () => {
        const shot = await captureScreen(display.name);
        return Object.values(edgeShares(shot, 0x000000)).every((s) => s === 1) ? true : null;
      });
    }
  }

  test('control: stock Chromium on a plain Chinese page shows the bubble (so the checks below can see one)', async () => {
    const after = await watchForBubble('/plain', stockProfile, 15_000);
    assert.notEqual(after, null, 'no translate bubble even without protection: this Chromium no longer offers translation here, so the tests below prove nothing; find another way to show one');
    bubbleAfterMs = after!;
  });

  test("the shell's launch (flags and profile preferences) keeps the bubble away from a page that does not ask", async () => {
    const seen = await watchForBubble('/plain', profiles, Math.max(5000, 3 * bubbleAfterMs));
    assert.equal(seen, null, `something was drawn over the page ${seen} ms after it showed: a translate bubble`);
  });

  test("the kiosk page's own markup (translate=\"no\", notranslate meta) keeps it away in stock Chromium", async () => {
    const seen = await watchForBubble('/kiosk-markup', stockProfile, Math.max(5000, 3 * bubbleAfterMs));
    assert.equal(seen, null, `something was drawn over the page ${seen} ms after it showed: a translate bubble`);
  });
});

describe('the installed Chromium', () => {
  test('knows every switch and policy name the shell ships (a misspelt or removed one would silently do nothing)', () => {
    const executable = ['/usr/lib/chromium/chromium', '/usr/lib/chromium-browser/chromium-browser'].find((p) => spawnSync('test', ['-f', p]).status === 0);
    assert.ok(executable, 'Chromium is not installed (apt-get install chromium)');
    const names = [
      ...[...kioskFlags, ...rootOnlyFlags].map((f) => f.value.replace(/^--/, '').split('=')[0]),
      ...managedPolicy.map((p) => p.value[0]),
    ];
    const found = spawnSync('grep', ['-a', '-o', '-F', ...names.flatMap((n) => ['-e', n]), executable], { maxBuffer: 64 * 1024 * 1024 });
    const known = new Set(found.stdout.toString('latin1').split('\n'));
    assert.deepEqual(names.filter((n) => !known.has(n)), []);
  });
});
