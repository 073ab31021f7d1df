// Runs the kiosk as a child process and carries out supervisor/policy.ts: restarts it when it
// exits or hangs, stops restarting past the rate limit (and shows the out-of-service page
// instead), restarts it daily at a quiet hour, and stops it cleanly on SIGTERM/SIGINT.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readHeartbeat, type Heartbeat } from './heartbeat.ts';
import { dailyRestartDue, liveness, localDay, restartDecision } from './policy.ts';
import type { Settings } from './settings.ts';
import { createSwitcher, type Switcher } from './updater/switcher.ts';

type Log = (message: string) => void;

export interface Supervisor {
  /** Stops the kiosk (SIGTERM, then SIGKILL after the stop timeout) and anything else started. */
  stop(): Promise<void>;
}

/** Why the running kiosk is being stopped by us; null while nobody asked. */
type StopReason = null | 'hung' | 'daily' | 'shutdown' | 'update' | 'rollback';

export function startSupervisor(settings: Settings, kioskArgs: readonly string[], log: Log): Supervisor {
  const now = () => performance.now(); // monotonic: a clock set by NTP must not look like a hang
  // Updates (issue 12): only with an install root; a broken layout stops the supervisor at start.
  const switcher: Switcher | null = settings.installRoot
    ? createSwitcher({ installRoot: settings.installRoot, healthDeadlineMs: settings.updateHealthMs, needsFrame: settings.windows.frameMs > 0, now, log })
    : null;
  const runDir = mkdtempSync(join(process.env.RUNTIME_DIRECTORY ?? tmpdir(), 'kiosk-supervisor-'));
  const heartbeatPath = join(runDir, 'heartbeat.json');
  const restarts: number[] = [];
  let child: ChildProcess | null = null;
  let startedAt = 0;
  let lastBeat: { at: number; beat: Heartbeat } | null = null;
  let stopReason: StopReason = null;
  let killTimer: NodeJS.Timeout | null = null;
  let restartTimer: NodeJS.Timeout | null = null;
  let outOfService: ChildProcess | null = null;
  let lastDailyDay: string | null = null;
  let shuttingDown: Promise<void> | null = null;
  let exited: () => void = () => {};
  let rollbackReason = '';

  const start = () => {
    restartTimer = null;
    rmSync(heartbeatPath, { force: true }); // the last run's beats must not count for this one
    const [command, ...commandArgs] = settings.kioskCommand();
    startedAt = now();
    lastBeat = null;
    stopReason = null;
    switcher?.started();
    const proc = spawn(command!, [...commandArgs, ...kioskArgs], {
      stdio: 'inherit',
      // The current release's directory: its bundle's packages (or `--import tsx`) resolve from there.
      ...(switcher ? { cwd: switcher.currentDir() } : {}),
      // Its own process group: a stop or a kill reaches Chromium / Electron under it too.
      detached: true,
      env: { ...process.env, KIOSK_SUPERVISED: '1', KIOSK_HEARTBEAT_FILE: heartbeatPath, ...(settings.installRoot ? { KIOSK_INSTALL_ROOT: settings.installRoot } : {}) },
    });
    child = proc;
    log(`kiosk started (pid ${proc.pid ?? '?'}): ${[command, ...commandArgs, ...kioskArgs].join(' ')}`);
    let ended = false;
    const end = (description: string) => {
      if (ended) return;
      ended = true;
      onEnd(description);
    };
    proc.on('error', (err) => end(`could not be started: ${err.message}`));
    proc.on('exit', (code, signal) => end(signal ? `was ended by ${signal}` : `exited with status ${code}`));
  };

  const killGroup = (proc: ChildProcess, signal: NodeJS.Signals) => {
    if (proc.pid === undefined) return;
    try {
      process.kill(-proc.pid, signal);
    } catch {
      // Already gone.
    }
  };

  const stopChild = (reason: Exclude<StopReason, null>) => {
    if (!child || stopReason) return;
    stopReason = reason;
    const proc = child;
    killGroup(proc, 'SIGTERM');
    // A hung event loop never runs its SIGTERM handler.
    killTimer = setTimeout(() => {
      log(`kiosk did not stop within ${settings.stopTimeoutMs / 1000} s; killing it`);
      killGroup(proc, 'SIGKILL');
    }, settings.stopTimeoutMs);
  };

  const onEnd = (description: string) => {
    const reason = stopReason;
    if (child) killGroup(child, 'SIGKILL'); // leftovers in its group (a browser) must not outlive it
    child = null;
    if (killTimer) clearTimeout(killTimer);
    killTimer = null;
    if (reason === 'shutdown') {
      log(`kiosk stopped (${description})`);
      exited();
      return;
    }
    if (reason === 'update') {
      switcher!.switchNow();
      start();
      return;
    }
    // A new version that exits or hangs before it is healthy is not restarted: the previous one is.
    if (switcher?.trialVersion() && (reason === 'rollback' || reason === null || reason === 'hung')) {
      switcher.rollBack(reason === 'rollback' ? rollbackReason : reason === 'hung' ? `${switcher.trialVersion()} hung before it was healthy` : `${switcher.trialVersion()} ${description} before it was healthy`);
      start();
      return;
    }
    if (reason === 'daily') {
      log('daily restart: starting the kiosk again');
      start();
      return;
    }
    if (reason !== 'hung') log(`kiosk ${description}`);
    const decision = restartDecision(restarts, now(), settings.limit);
    if (decision.action === 'give-up') {
      giveUp(decision.reason);
      return;
    }
    restarts.push(now());
    log(`restarting the kiosk in ${settings.restartDelayMs / 1000} s (restart ${decision.recent} of at most ${settings.limit.maxRestarts} within ${settings.limit.windowMs / 60_000} min)`);
    restartTimer = setTimeout(start, settings.restartDelayMs);
  };

  const giveUp = (reason: string) => {
    log(`OUT OF SERVICE: ${reason}. A technician should read the kiosk's log above, then restart the service.`);
    if (!settings.outOfServiceCommand) {
      log('no KIOSK_SUPERVISOR_OUT_OF_SERVICE_COMMAND set: nothing is shown on the screen');
      return;
    }
    outOfService = spawn('sh', ['-c', settings.outOfServiceCommand], {
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, KIOSK_OUT_OF_SERVICE_REASON: reason },
    });
    outOfService.on('error', (err) => log(`the out-of-service command failed: ${err.message}`));
  };

  const poll = setInterval(() => {
    if (!child || stopReason) return;
    const beat = readHeartbeat(heartbeatPath);
    if (beat && beat.seq !== lastBeat?.beat.seq) lastBeat = { at: now(), beat };
    const update = switcher?.poll(lastBeat?.beat ?? null) ?? null;
    if (update?.action === 'switch') {
      log(`update: ${update.version} is ready and no resident is in a session; stopping the kiosk to switch`);
      stopChild('update');
      return;
    }
    if (update?.action === 'rollback') {
      rollbackReason = update.reason;
      stopChild('rollback');
      return;
    }
    const verdict = liveness(
      { now: now(), startedAt, lastBeatAt: lastBeat?.at ?? null, lastFrameAgeSeconds: lastBeat?.beat.lastFrameAgeSeconds ?? null },
      settings.windows,
    );
    if (verdict.state === 'hung') {
      log(`kiosk is hung: ${verdict.reason}; stopping it`);
      stopChild('hung');
      return;
    }
    const daily = settings.dailyRestart;
    const today = new Date();
    if (daily && dailyRestartDue({ now: today, at: daily.at, windowMinutes: daily.windowMinutes, lastDay: lastDailyDay, inSession: lastBeat?.beat.inSession ?? null })) {
      lastDailyDay = localDay(today);
      log('daily restart: no resident in a session; restarting the kiosk');
      stopChild('daily');
    }
  }, settings.pollMs);

  start();

  return {
    stop() {
      shuttingDown ??= new Promise<void>((resolve) => {
        clearInterval(poll);
        if (restartTimer) clearTimeout(restartTimer);
        if (outOfService) killGroup(outOfService, 'SIGTERM');
        const finish = () => {
          rmSync(runDir, { recursive: true, force: true });
          resolve();
        };
        if (!child) return finish();
        exited = finish;
        stopReason = null; // a hang or daily stop under way becomes the shutdown
        if (killTimer) clearTimeout(killTimer);
        stopChild('shutdown');
      });
      return shuttingDown;
    },
  };
}
