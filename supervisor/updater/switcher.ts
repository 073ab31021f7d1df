// The supervisor's half of updates (issue 12): switches `current` to a release the kiosk made
// ready, only while no resident is in a session; gives the new version a deadline to report
// healthy (a heartbeat from the new version, which the core writes only after its store migrated
// and its devices opened, plus a drawn frame when the screen is watched); and goes back to the
// previous version by itself when it exits, hangs or stays unhealthy, recording why for the
// kiosk's next heartbeat. Data lives outside the install root, so nothing of it moves.
import { join } from 'node:path';
import type { Heartbeat } from '../heartbeat.ts';
import { clearPending, layoutOf, linkedVersion, pointAt, readPending, readState, writeState, type Layout } from './layout.ts';

export interface SwitcherOptions {
  installRoot: string;
  /** How long a new version has to report healthy. */
  healthDeadlineMs: number;
  /** The screen is watched (frame window > 0): healthy needs a drawn frame too. */
  needsFrame: boolean;
  now: () => number;
  log: (message: string) => void;
}

export type SwitcherAction = { action: 'switch'; version: string } | { action: 'rollback'; reason: string } | null;

export interface Switcher {
  readonly layout: Layout;
  /** The running release's directory (current), for the kiosk command and its working directory. */
  currentDir(): string;
  /** The version under trial, if any. */
  trialVersion(): string | null;
  /** Called each poll with the latest heartbeat from this run of the kiosk (null: none yet). */
  poll(beat: Heartbeat | null): SwitcherAction;
  /** The kiosk is stopped: point current at the pending release and start a trial. */
  switchNow(): void;
  /** The kiosk is stopped: point current back at the previous version and record why. */
  rollBack(reason: string): void;
  /** A fresh start of the kiosk (trial clock restarts with it). */
  started(): void;
}

export function createSwitcher(opts: SwitcherOptions): Switcher {
  const layout = layoutOf(opts.installRoot);
  let trialStartedAt: number | null = null;
  const running = () => linkedVersion(layout.current) ?? 'unknown';
  if (!linkedVersion(layout.current)) throw new Error(`${layout.current} is not a link to a release: unpack the first release into releases/<version> and link current to it (README, "Updates")`);
  const resumed = readState(layout).trial;
  if (resumed) opts.log(`a switch to ${resumed.version} was under way when the supervisor stopped; giving it its full deadline again`);

  return {
    layout,
    currentDir: () => join(layout.root, 'current'),
    trialVersion: () => readState(layout).trial?.version ?? null,
    started() {
      trialStartedAt = readState(layout).trial ? opts.now() : null;
    },
    poll(beat) {
      const trial = readState(layout).trial;
      if (trial) {
        const healthy = beat !== null && (beat.version === undefined || beat.version === trial.version) && (!opts.needsFrame || beat.lastFrameAgeSeconds !== null);
        if (healthy) {
          writeState(layout, { ...readState(layout), trial: null });
          opts.log(`update to ${trial.version} is healthy (store migrated, devices opened${opts.needsFrame ? ', UI rendered' : ''}); ${trial.previous} is kept as the previous version`);
          return null;
        }
        if (trialStartedAt !== null && opts.now() - trialStartedAt > opts.healthDeadlineMs) {
          const missing = beat === null ? 'no heartbeat (store or devices never came up)' : 'no frame drawn (the UI never rendered)';
          return { action: 'rollback', reason: `${trial.version} did not report healthy within ${Math.round(opts.healthDeadlineMs / 1000)} s: ${missing}` };
        }
        return null;
      }
      const pending = readPending(layout);
      if (pending && pending.version !== running() && beat?.inSession === false) return { action: 'switch', version: pending.version };
      return null;
    },
    switchNow() {
      const pending = readPending(layout);
      if (!pending) return;
      const previous = running();
      pointAt(layout, layout.previous, previous);
      pointAt(layout, layout.current, pending.version);
      clearPending(layout);
      writeState(layout, { ...readState(layout), trial: { version: pending.version, previous, since: new Date().toISOString() } });
      opts.log(`switched to ${pending.version} (previous: ${previous}); it must report healthy within ${Math.round(opts.healthDeadlineMs / 1000)} s`);
    },
    rollBack(reason) {
      const state = readState(layout);
      const trial = state.trial;
      if (!trial) return;
      pointAt(layout, layout.current, trial.previous);
      writeState(layout, { trial: null, failures: [{ version: trial.version, reason: `${reason}; back on ${trial.previous}`, at: new Date().toISOString() }, ...state.failures] });
      opts.log(`ROLLED BACK to ${trial.previous}: ${reason}`);
    },
  };
}
