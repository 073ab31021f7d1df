// Classes a terminal healthy / starting / warning / alarm / offline from its last heartbeat (and
// its unacknowledged rollbacks), with the reasons an admin reads in the fleet list. Central decides, not the kiosk: one rule for the whole fleet,
// and a kiosk that stopped talking cannot report itself offline.
import type { ScreenReport, SyncReport, TerminalAlert, TerminalHealth } from '../shared/contract/schemas.ts';
import type { TerminalRollback } from '../shared/contract/releases.ts';

/** A terminal counts as online when its last heartbeat is at most this old. */
export const ONLINE_WITHIN_SECONDS = 180;
/** The promise to a county admin: a screen that stopped drawing shows as an alarm within this. */
export const DEAD_SCREEN_NOTICE_SECONDS = 60;
/** The kiosk's default `central.heartbeatSeconds` (config/schema.ts): the hub hears of frames only this often. */
export const DEFAULT_HEARTBEAT_SECONDS = 30;
/** Room for a slow heartbeat request (a rural link) and the kiosk's beat timer running late. */
const HEARTBEAT_SLACK_SECONDS = 10;
/**
 * A reported frame older than this is a dead screen. The age is as of the heartbeat that carried
 * it, and the next heartbeat comes up to one interval later, so an admin learns of a dead screen
 * up to (this + one interval) after its last frame: 20 + 30 = 50 s, within the 60 s promised even
 * with a heartbeat 10 s late. It is judged on what the kiosk reported, never aged by the hub's
 * clock: a kiosk whose link dropped says nothing about its screen (it goes offline instead).
 * The UI reports a frame every 5 s (renderer/state/use-frame-reporter.ts), so a live screen is
 * never near it.
 */
export const SCREEN_STALE_SECONDS = DEAD_SCREEN_NOTICE_SECONDS - DEFAULT_HEARTBEAT_SECONDS - HEARTBEAT_SLACK_SECONDS;
/** After a start the renderer gets this long to draw its first frame (the supervisor's start grace). */
export const FIRST_FRAME_GRACE_SECONDS = 120;
export const DISK_WARNING_BYTES = 1024 ** 3;
export const DISK_ALARM_BYTES = 200 * 1024 ** 2;

export interface HealthInput {
  /** Seconds since central received the last heartbeat; null when it never did. */
  heartbeatAgeSeconds: number | null;
  replacedBy: string | null;
  screen: ScreenReport | null;
  alerts: TerminalAlert[];
  freeDiskBytes: number | null;
  sync: SyncReport | null;
  /** Rollbacks this terminal did by itself that no admin acknowledged yet, newest first. */
  rollbacks?: TerminalRollback[];
}

const ALERTS: Record<TerminalAlert, { level: 'alarm' | 'warning'; reason: (input: HealthInput) => string }> = {
  'paper-out': { level: 'alarm', reason: () => 'printer out of paper' },
  'printer-unplugged': { level: 'alarm', reason: () => 'printer not connected' },
  'printer-error': { level: 'alarm', reason: () => 'printer fault (cutter or unrecoverable error)' },
  'reader-unplugged': { level: 'alarm', reason: () => 'ID card reader not connected' },
  'paper-low': { level: 'warning', reason: () => 'printer paper low' },
  'backlog-old': {
    level: 'warning',
    reason: ({ sync }) =>
      `unsent transactions waiting${sync ? `: ${sync.pending}, oldest ${Math.round((sync.oldestPendingAgeSeconds ?? 0) / 60)} min` : ''}`,
  },
  'out-of-service': { level: 'warning', reason: () => 'out of service (residents see the notice)' },
};

function duration(seconds: number): string {
  return seconds < 120 ? `${Math.round(seconds)} s` : seconds < 7200 ? `${Math.round(seconds / 60)} min` : `${Math.round(seconds / 3600)} h`;
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1024 ** 2)} MiB`;
}

type ScreenVerdict = { level: 'alarm' | 'starting'; reason: string } | null;

function screenVerdict(screen: ScreenReport, heartbeatAgeSeconds: number): ScreenVerdict {
  if (screen.lastFrameAgeSeconds === null) {
    // The uptime is aged by central's clock: the grace ends at a moment central can compute, so the
    // alarm shows when it ends, not at the first heartbeat after (up to one interval later).
    const uptime = screen.uptimeSeconds + heartbeatAgeSeconds;
    if (uptime > FIRST_FRAME_GRACE_SECONDS) {
      return { level: 'alarm', reason: `screen dead: no frame drawn since start (the kiosk has run ${duration(uptime)}; its UI never rendered)` };
    }
    return { level: 'starting', reason: `the UI has not drawn its first frame yet (up ${duration(uptime)}; an alarm if none by ${duration(FIRST_FRAME_GRACE_SECONDS)})` };
  }
  if (screen.lastFrameAgeSeconds > SCREEN_STALE_SECONDS) {
    return { level: 'alarm', reason: `screen dead: the kiosk runs but its UI last rendered ${duration(screen.lastFrameAgeSeconds)} ago` };
  }
  return null;
}

export function classifyHealth(input: HealthInput): TerminalHealth {
  if (input.replacedBy) return { state: 'offline', reasons: [`replaced by ${input.replacedBy}`] };
  if (input.heartbeatAgeSeconds === null) return { state: 'offline', reasons: ['never sent a heartbeat'] };
  if (input.heartbeatAgeSeconds > ONLINE_WITHIN_SECONDS) {
    return { state: 'offline', reasons: [`no heartbeat for ${duration(input.heartbeatAgeSeconds)}`] };
  }
  const alarms: string[] = [];
  const warnings: string[] = [];
  const screen = input.screen ? screenVerdict(input.screen, input.heartbeatAgeSeconds) : null;
  if (screen?.level === 'alarm') alarms.push(screen.reason);
  for (const alert of new Set(input.alerts)) {
    const rule = ALERTS[alert];
    (rule.level === 'alarm' ? alarms : warnings).push(rule.reason(input));
  }
  const [rollback, ...earlier] = input.rollbacks ?? [];
  if (rollback) {
    // A warning, not an alarm: the terminal serves residents on the version it went back to.
    warnings.push(
      `rolled back by itself from ${rollback.version} to ${rollback.backOn}: ${rollback.why}${earlier.length > 0 ? ` (and ${earlier.length} earlier)` : ''}; acknowledge once seen`,
    );
  }
  if (input.freeDiskBytes !== null) {
    if (input.freeDiskBytes < DISK_ALARM_BYTES) alarms.push(`disk almost full: ${mib(input.freeDiskBytes)} free`);
    else if (input.freeDiskBytes < DISK_WARNING_BYTES) warnings.push(`disk low: ${mib(input.freeDiskBytes)} free`);
  }
  if (alarms.length > 0) return { state: 'alarm', reasons: [...alarms, ...warnings] };
  // Starting outranks warnings: until its UI draws, the kiosk serves no resident at all.
  if (screen?.level === 'starting') return { state: 'starting', reasons: [screen.reason, ...warnings] };
  if (warnings.length > 0) return { state: 'warning', reasons: warnings };
  return { state: 'healthy', reasons: [] };
}
