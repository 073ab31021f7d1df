// The browser shell's watchdog with a fake Chromium and a hand-moved clock: what a resident sees
// is "the screen comes back within seconds", and what an admin sees is the count and the pause.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { superviseChromium, type BrowserProcess, type RestartLimits } from '../../browser-shell/chromium-supervisor.ts';
import { ManualClock } from '../support/manual-clock.ts';

class FakeChromium extends EventEmitter implements BrowserProcess {
  readonly signals: NodeJS.Signals[] = [];
  constructor(readonly pid: number, private readonly obeysSigterm = true) {
    super();
  }
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.signals.push(signal);
    if (signal === 'SIGKILL' || this.obeysSigterm) setImmediate(() => this.emit('exit', null, signal));
    return true;
  }
  /** The browser ends by itself: a crash, the OOM killer, Alt+F4. */
  die(signal: NodeJS.Signals | null = 'SIGKILL', code: number | null = null): void {
    this.emit('exit', code, signal);
  }
}

/** Lets the supervisor's awaited launch and listeners run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function harness(opts: { limits?: Partial<RestartLimits>; obeysSigterm?: boolean; failLaunches?: number } = {}) {
  const clock = new ManualClock();
  const launched: FakeChromium[] = [];
  const log: string[] = [];
  let failures = opts.failLaunches ?? 0;
  const supervisor = superviseChromium({
    clock,
    limits: opts.limits,
    log: (line) => log.push(line),
    launch: () => {
      if (failures > 0) {
        failures--;
        throw new Error('spawn /usr/bin/chromium ENOENT');
      }
      const browser = new FakeChromium(1000 + launched.length, opts.obeysSigterm ?? true);
      launched.push(browser);
      return browser;
    },
  });
  const current = () => launched[launched.length - 1];
  /** Kills the running browser and returns how long (ms) until the next one was launched, or null. */
  const killAndTimeRestart = async (maxMs = 60 * 60_000): Promise<number | null> => {
    const before = launched.length;
    current().die();
    await settle();
    for (let waited = 0; waited <= maxMs; waited += 100) {
      if (launched.length > before) return waited;
      clock.advance(100);
      await settle();
    }
    return null;
  };
  return { clock, launched, log, supervisor, current, killAndTimeRestart };
}

describe('chromium supervisor', () => {
  test('a killed browser is started again after 1 s, and the crash is counted with its cause', async () => {
    const h = harness();
    await settle();
    assert.equal(h.launched.length, 1);
    assert.equal(h.supervisor.health().state, 'running');
    h.clock.advance(42_000);
    assert.equal(await h.killAndTimeRestart(), 1000);
    const health = h.supervisor.health();
    assert.equal(health.state, 'running');
    assert.equal(health.crashes, 1);
    assert.equal(health.lastCrash, 'killed by SIGKILL after 42 s');
    assert.equal(health.lastCrashAt, new Date(h.clock.now() - 1000).toISOString());
    assert.ok(h.log.some((l) => l.includes('Chromium ended (killed by SIGKILL after 42 s); starting it again in 1 s')), h.log.join('\n'));
    assert.ok(h.log.includes('kiosk: Chromium started (pid 1001)'), h.log.join('\n'));
  });

  test('a browser closed normally (Alt+F4, exit code 0) is started again too', async () => {
    const h = harness();
    await settle();
    h.current().die(null, 0);
    await settle();
    h.clock.advance(1000);
    await settle();
    assert.equal(h.launched.length, 2);
    assert.match(h.supervisor.health().lastCrash ?? '', /^exit code 0/);
  });

  test('quick successive exits back off: 1, 2, 4, 8, 16 s', async () => {
    const h = harness();
    await settle();
    const delays: (number | null)[] = [];
    for (let i = 0; i < 5; i++) delays.push(await h.killAndTimeRestart());
    assert.deepEqual(delays, [1000, 2000, 4000, 8000, 16_000]);
  });

  test('the sixth exit within five minutes pauses restarts for ten minutes, says so, and reports "paused"', async () => {
    const h = harness();
    await settle();
    for (let i = 0; i < 5; i++) await h.killAndTimeRestart();
    h.current().die();
    await settle();
    assert.equal(h.supervisor.health().state, 'paused');
    assert.equal(h.supervisor.health().crashes, 6);
    assert.ok(h.log.some((l) => /ended 6 times within 5 min .*not starting it again for 10 min/.test(l)), h.log.join('\n'));
    const launchesBefore = h.launched.length;
    h.clock.advance(10 * 60_000 - 1);
    await settle();
    assert.equal(h.launched.length, launchesBefore, 'no launch during the pause');
    h.clock.advance(1);
    await settle();
    assert.equal(h.launched.length, launchesBefore + 1, 'one more try after the pause');
    // The try after the pause starts a new count: the next exit is restarted after 1 s again.
    assert.equal(await h.killAndTimeRestart(), 1000);
  });

  test('a browser that stays up for minutes between exits is always restarted after 1 s, never paused', async () => {
    const h = harness();
    await settle();
    for (let i = 0; i < 10; i++) {
      h.clock.advance(6 * 60_000);
      assert.equal(await h.killAndTimeRestart(), 1000, `exit ${i + 1}`);
    }
    assert.equal(h.supervisor.health().crashes, 10);
  });

  test('a launch that fails (Chromium removed) counts as a crash and is tried again', async () => {
    const h = harness({ failLaunches: 2 });
    await settle();
    assert.equal(h.launched.length, 0);
    assert.match(h.supervisor.health().lastCrash ?? '', /could not start: spawn \/usr\/bin\/chromium ENOENT/);
    h.clock.advance(1000);
    await settle();
    h.clock.advance(2000);
    await settle();
    assert.equal(h.launched.length, 1);
    assert.equal(h.supervisor.health().crashes, 2);
  });

  test("an 'error' and an 'exit' from the same browser count as one crash", async () => {
    const h = harness();
    await settle();
    h.current().emit('error', new Error('EPIPE'));
    h.current().die();
    await settle();
    assert.equal(h.supervisor.health().crashes, 1);
    h.clock.advance(5000);
    await settle();
    assert.equal(h.launched.length, 2, 'one relaunch, not two');
  });

  test('stop() ends the browser with SIGTERM, then SIGKILL after 3 s if it lingers, and starts no other', async () => {
    const h = harness({ obeysSigterm: false });
    await settle();
    const browser = h.current();
    let stopped = false;
    const stopping = h.supervisor.stop().then(() => (stopped = true));
    await settle();
    assert.deepEqual(browser.signals, ['SIGTERM']);
    assert.equal(stopped, false);
    h.clock.advance(3000);
    await stopping;
    assert.deepEqual(browser.signals, ['SIGTERM', 'SIGKILL']);
    h.clock.advance(60 * 60_000);
    await settle();
    assert.equal(h.launched.length, 1);
    assert.equal(h.supervisor.health().state, 'stopped');
    assert.equal(h.supervisor.health().crashes, 0, 'ending it on purpose is not a crash');
  });

  test('stop() during the wait before a restart cancels the restart', async () => {
    const h = harness();
    await settle();
    h.current().die();
    await settle();
    await h.supervisor.stop();
    h.clock.advance(60_000);
    await settle();
    assert.equal(h.launched.length, 1);
  });
});
