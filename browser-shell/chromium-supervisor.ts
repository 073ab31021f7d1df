// Keeps Chromium on the screen. When the browser process ends for any reason (a crash, the
// out-of-memory killer, Alt+F4 on a plugged-in keyboard) the core is still running, so the
// browser is started again within seconds. A browser that cannot stay up is not relaunched in a
// tight loop: restarts back off, and past the limit the supervisor waits a long pause (reported
// in the log and the heartbeat) before it tries again, in case the cause was passing (the X
// server restarting, a display unplugged).
import type { Clock } from '../terminal/clock.ts';

/** What the supervisor needs of a started browser; a ChildProcess is one. */
export interface BrowserProcess {
  readonly pid?: number;
  kill(signal?: NodeJS.Signals): boolean;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  once(event: 'error', listener: (err: Error) => void): unknown;
}

export interface RestartLimits {
  /** Restarts allowed within `windowMs`; one more exit inside it and the supervisor pauses. */
  maxRestarts: number;
  windowMs: number;
  /** Wait before the first restart; doubles with each recent one, up to maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** The pause after too many exits, before one more try. */
  pauseMs: number;
  /** On stop: how long Chromium gets after SIGTERM before SIGKILL. */
  stopGraceMs: number;
}

export const defaultRestartLimits: RestartLimits = {
  maxRestarts: 5,
  windowMs: 5 * 60_000,
  firstDelayMs: 1000,
  maxDelayMs: 16_000,
  pauseMs: 10 * 60_000,
  stopGraceMs: 3000,
};

export type RestartDecision = { action: 'restart'; afterMs: number } | { action: 'pause'; afterMs: number };

/** `exitTimes`: earlier unexpected exits, with the one just seen last (same clock as `now`). */
export function decideRestart(exitTimes: readonly number[], now: number, limits: RestartLimits = defaultRestartLimits): RestartDecision {
  const recent = exitTimes.filter((t) => t <= now && now - t < limits.windowMs).length;
  if (recent > limits.maxRestarts) return { action: 'pause', afterMs: limits.pauseMs };
  return { action: 'restart', afterMs: Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** Math.max(0, recent - 1)) };
}

export type BrowserState = 'starting' | 'running' | 'restarting' | 'paused' | 'stopped';

/** For the heartbeat and the log: counted like a renderer crash in the Electron shell. */
export interface BrowserHealth {
  state: BrowserState;
  /** Times the browser ended while the kiosk still wanted it, since the kiosk started. */
  crashes: number;
  lastCrashAt: string | null;
  /** e.g. "killed by SIGKILL after 42 s" */
  lastCrash: string | null;
}

export interface ChromiumSupervisor {
  health(): BrowserHealth;
  /** Ends the browser (SIGTERM, then SIGKILL after the grace) and starts no other. */
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  /** Starts one browser (profile, flags, spawn). May throw: that counts as an exit. */
  launch: () => BrowserProcess | Promise<BrowserProcess>;
  clock: Clock;
  limits?: Partial<RestartLimits>;
  log?: (line: string) => void;
}

const seconds = (ms: number) => (ms < 10_000 ? `${Math.round(ms / 100) / 10} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`);

export function superviseChromium(opts: SupervisorOptions): ChromiumSupervisor {
  const limits = { ...defaultRestartLimits, ...opts.limits };
  const log = opts.log ?? ((line: string) => console.error(line));
  const { clock } = opts;
  let state: BrowserState = 'starting';
  let crashes = 0;
  let lastCrashAt: number | null = null;
  let lastCrash: string | null = null;
  let exitTimes: number[] = [];
  let child: BrowserProcess | null = null;
  let childExited: Promise<void> = Promise.resolve();
  let timer: unknown = null;
  // A function, not a comparison: stop() may change the state while a launch is awaited.
  const stopped = () => state === 'stopped';

  const crashed = (reason: string) => {
    const now = clock.now();
    crashes++;
    lastCrashAt = now;
    lastCrash = reason;
    exitTimes = [...exitTimes.filter((t) => now - t < limits.windowMs), now];
    const decision = decideRestart(exitTimes, now, limits);
    if (decision.action === 'pause') {
      state = 'paused';
      exitTimes = [];
      log(
        `kiosk: Chromium ended ${limits.maxRestarts + 1} times within ${seconds(limits.windowMs)} (last: ${reason}); ` +
          `not starting it again for ${seconds(decision.afterMs)}. To see why, start it by hand on this display (e.g. DISPLAY=${process.env.DISPLAY ?? ':0'} chromium --kiosk about:blank).`,
      );
    } else {
      state = 'restarting';
      log(`kiosk: Chromium ended (${reason}); starting it again in ${seconds(decision.afterMs)}`);
    }
    timer = clock.setTimeout(() => void start(), decision.afterMs);
  };

  const start = async () => {
    timer = null;
    if (stopped()) return;
    state = 'starting';
    let started: BrowserProcess;
    try {
      started = await opts.launch();
    } catch (err) {
      if (!stopped()) crashed(`could not start: ${(err as Error).message}`);
      return;
    }
    if (stopped()) {
      started.kill('SIGKILL'); // stop() came while it was starting
      return;
    }
    child = started;
    state = 'running';
    const startedAt = clock.now();
    log(`kiosk: Chromium started (pid ${started.pid ?? '?'})`);
    childExited = new Promise<void>((resolveExit) => {
      let ended = false;
      // 'exit' may or may not follow 'error' (a failed spawn): whichever comes first counts, once.
      const end = (reason: string) => {
        if (ended) return;
        ended = true;
        if (child === started) child = null;
        resolveExit();
        if (!stopped()) crashed(`${reason} after ${seconds(clock.now() - startedAt)}`);
      };
      started.once('exit', (code, signal) => end(signal ? `killed by ${signal}` : `exit code ${code}`));
      started.once('error', (err) => end(`failed: ${err.message}`));
    });
  };

  void start();

  return {
    health: () => ({
      state,
      crashes,
      lastCrashAt: lastCrashAt === null ? null : new Date(lastCrashAt).toISOString(),
      lastCrash,
    }),
    async stop() {
      if (stopped()) return childExited;
      state = 'stopped';
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      const running = child;
      if (!running) return;
      const exited = childExited;
      running.kill('SIGTERM');
      const killer = clock.setTimeout(() => running.kill('SIGKILL'), limits.stopGraceMs);
      await exited;
      clock.clearTimeout(killer);
    },
  };
}
