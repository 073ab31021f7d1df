// The supervisor's decisions as plain functions over a clock the caller passes in, so each rule
// is tested without waiting: when to give up restarting, when the kiosk counts as hung, and when
// the daily restart is due. supervisor/run.ts only carries them out.

export interface RestartLimit {
  /** More restarts than this within `windowMs` and the supervisor stops restarting. */
  maxRestarts: number;
  windowMs: number;
}

export type RestartDecision = { action: 'restart'; recent: number } | { action: 'give-up'; reason: string };

/**
 * `history`: when earlier unplanned restarts happened (monotonic ms). A kiosk that cannot stay up
 * would otherwise flash the screen and hammer the devices forever; past the limit it is better to
 * stop and show residents an out-of-service notice a technician can act on.
 */
export function restartDecision(history: readonly number[], now: number, limit: RestartLimit): RestartDecision {
  const recent = history.filter((at) => now - at < limit.windowMs).length;
  if (recent >= limit.maxRestarts) {
    const minutes = Math.round(limit.windowMs / 60_000);
    return { action: 'give-up', reason: `${recent} restarts within ${minutes} min (limit ${limit.maxRestarts}); not restarting again` };
  }
  return { action: 'restart', recent: recent + 1 };
}

export interface LivenessWindows {
  /** No new heartbeat from the core for this long: the core is hung. */
  heartbeatMs: number;
  /** After a start, how long the kiosk may take before its first heartbeat (and first frame). */
  startGraceMs: number;
  /** The renderer's last frame older than this: the screen is dead. 0: not watched (no screen, e.g. --shell none). */
  frameMs: number;
}

export interface LivenessInput {
  now: number;
  startedAt: number;
  /** When the supervisor last saw the heartbeat change (its own clock, not the kiosk's). */
  lastBeatAt: number | null;
  /** From the latest heartbeat: seconds since the UI last drew a frame; null: none yet. */
  lastFrameAgeSeconds: number | null;
}

export type Liveness = { state: 'alive' } | { state: 'hung'; reason: string };

export function liveness(input: LivenessInput, windows: LivenessWindows): Liveness {
  const { now, startedAt, lastBeatAt } = input;
  const inGrace = now - startedAt < windows.startGraceMs;
  if (lastBeatAt === null) {
    if (inGrace) return { state: 'alive' };
    return { state: 'hung', reason: `no heartbeat from the kiosk core within ${seconds(windows.startGraceMs)} s of starting` };
  }
  if (now - lastBeatAt > windows.heartbeatMs) {
    return { state: 'hung', reason: `no heartbeat from the kiosk core for ${seconds(now - lastBeatAt)} s (window ${seconds(windows.heartbeatMs)} s)` };
  }
  if (windows.frameMs > 0) {
    const age = input.lastFrameAgeSeconds;
    if (age === null && !inGrace) {
      return { state: 'hung', reason: `the screen has drawn no frame within ${seconds(windows.startGraceMs)} s of starting` };
    }
    if (age !== null && age * 1000 > windows.frameMs) {
      return { state: 'hung', reason: `the screen's last frame is ${age} s old (window ${seconds(windows.frameMs)} s)` };
    }
  }
  return { state: 'alive' };
}

/** "HH:MM" in the terminal's local time. */
export interface DailyTime {
  hour: number;
  minute: number;
}

export function parseDailyTime(text: string): DailyTime {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hour = match ? Number(match[1]) : NaN;
  const minute = match ? Number(match[2]) : NaN;
  if (!match || hour > 23 || minute > 59) throw new Error(`daily restart time must be HH:MM (24-hour local time), got "${text}"`);
  return { hour, minute };
}

export interface DailyRestartInput {
  now: Date;
  at: DailyTime;
  /** After `at`, how long a resident's session may delay the restart before it is skipped for the day. */
  windowMinutes: number;
  /** Local calendar day (YYYY-MM-DD) of the last daily restart, so it happens once a day. */
  lastDay: string | null;
  /** From the latest heartbeat; null when unknown (no heartbeat yet): never restart blind. */
  inSession: boolean | null;
}

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A resident mid-visit is never cut off: the restart waits for the session to end, within the window. */
export function dailyRestartDue(input: DailyRestartInput): boolean {
  const { now, at } = input;
  if (input.lastDay === localDay(now)) return false;
  const minutesIntoDay = now.getHours() * 60 + now.getMinutes();
  const start = at.hour * 60 + at.minute;
  const inWindow = minutesIntoDay >= start && minutesIntoDay < start + input.windowMinutes;
  return inWindow && input.inSession === false;
}

function seconds(ms: number): number {
  return Math.round(ms / 1000);
}
