// The supervisor's settings come from the environment (KIOSK_SUPERVISOR_*), so every command-line
// argument can go to the kiosk unchanged (`npm run supervise -- --config FILE`) and a systemd
// unit sets them with Environment= lines.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDailyTime, type DailyTime, type LivenessWindows, type RestartLimit } from './policy.ts';

export interface Settings {
  /** The kiosk command, decided at each start (a release switch changes it); its arguments follow,
   *  then the supervisor's own argv. */
  kioskCommand: () => string[];
  limit: RestartLimit;
  windows: LivenessWindows;
  /** Pause before a restart, so a crash loop does not spin the CPU while it is being counted. */
  restartDelayMs: number;
  /** How long a stopping kiosk gets before SIGKILL (the kiosk gives itself 10 s). */
  stopTimeoutMs: number;
  pollMs: number;
  dailyRestart: { at: DailyTime; windowMinutes: number } | null;
  /** Run (sh -c) when the supervisor gives up, e.g. a browser on deploy/out-of-service.html. */
  outOfServiceCommand: string | null;
  /** Updates (issue 12): side-by-side install root (supervisor/updater/layout.ts); null: no updates. */
  installRoot: string | null;
  /** How long a new version has to report healthy before it is rolled back. */
  updateHealthMs: number;
}

const repoRoot = resolve(import.meta.dirname, '..');

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
  return value;
}

function kioskFromSources(appRoot: string): string[] {
  return [process.execPath, '--import', 'tsx', resolve(appRoot, 'cli/kiosk.ts')];
}

/**
 * An installed release's kiosk: its own bundle (dist/node/kiosk.mjs, built with the release before
 * it was packed) starts on less than half the CPU that compiling its sources through tsx takes,
 * and a hall waits that long after a crash or a switch; a release packed without one runs from
 * its sources. A checkout (no install root) always runs its sources: its bundle may be older than them.
 */
export function installedKiosk(appRoot: string, exists: (path: string) => boolean = existsSync): string[] {
  const bundle = resolve(appRoot, 'dist/node/kiosk.mjs');
  return exists(bundle) ? [process.execPath, bundle] : kioskFromSources(appRoot);
}

export function readSettings(env: NodeJS.ProcessEnv): Settings {
  const command = env.KIOSK_SUPERVISOR_KIOSK_COMMAND?.trim();
  // Under an install root (updates) the kiosk is the current release's: `current` is resolved at each start.
  const appRoot = env.KIOSK_INSTALL_ROOT?.trim() ? resolve(env.KIOSK_INSTALL_ROOT.trim(), 'current') : repoRoot;
  const kioskCommand = command ? () => command.split(/\s+/) : env.KIOSK_INSTALL_ROOT?.trim() ? () => installedKiosk(appRoot) : () => kioskFromSources(repoRoot);
  const dailyText = env.KIOSK_SUPERVISOR_DAILY_RESTART?.trim();
  let dailyRestart: Settings['dailyRestart'] = null;
  if (dailyText) {
    const at = parseDailyTime(dailyText);
    const windowMinutes = number(env, 'KIOSK_SUPERVISOR_DAILY_RESTART_WINDOW_MINUTES', 60, 1);
    // Kept within one calendar day so "once a day" stays simple.
    if (at.hour * 60 + at.minute + windowMinutes > 24 * 60) {
      throw new Error(`KIOSK_SUPERVISOR_DAILY_RESTART ${dailyText} plus its ${windowMinutes} min window runs past midnight; choose an earlier time`);
    }
    dailyRestart = { at, windowMinutes };
  }
  return {
    kioskCommand,
    limit: {
      maxRestarts: number(env, 'KIOSK_SUPERVISOR_MAX_RESTARTS', 5, 0),
      windowMs: number(env, 'KIOSK_SUPERVISOR_RESTART_WINDOW_MINUTES', 10, 0.01) * 60_000,
    },
    windows: {
      heartbeatMs: number(env, 'KIOSK_SUPERVISOR_HEARTBEAT_WINDOW_SECONDS', 30, 1) * 1000,
      startGraceMs: number(env, 'KIOSK_SUPERVISOR_START_GRACE_SECONDS', 120, 1) * 1000,
      frameMs: number(env, 'KIOSK_SUPERVISOR_FRAME_WINDOW_SECONDS', 60, 0) * 1000,
    },
    restartDelayMs: number(env, 'KIOSK_SUPERVISOR_RESTART_DELAY_SECONDS', 2, 0) * 1000,
    stopTimeoutMs: number(env, 'KIOSK_SUPERVISOR_STOP_TIMEOUT_SECONDS', 15, 0.1) * 1000,
    pollMs: number(env, 'KIOSK_SUPERVISOR_POLL_SECONDS', 1, 0.05) * 1000,
    dailyRestart,
    outOfServiceCommand: env.KIOSK_SUPERVISOR_OUT_OF_SERVICE_COMMAND?.trim() || null,
    installRoot: env.KIOSK_INSTALL_ROOT?.trim() ? resolve(env.KIOSK_INSTALL_ROOT.trim()) : null,
    updateHealthMs: number(env, 'KIOSK_SUPERVISOR_UPDATE_HEALTH_SECONDS', 180, 1) * 1000,
  };
}
