// Classes a terminal healthy / warning / alarm / offline from its last heartbeat, with the reasons
// an admin reads in the fleet list. Central decides, not the kiosk: one rule for the whole fleet,
// and a kiosk that stopped talking cannot report itself offline.
import type { ScreenReport, SyncReport, TerminalAlert, TerminalHealth } from './contract/schemas.ts';

/** A terminal counts as online when its last heartbeat is at most this old. */
export const ONLINE_WITHIN_SECONDS = 180;
/** A live process whose screen has not drawn a frame for this long shows residents nothing useful. */
export const SCREEN_STALE_SECONDS = 90;
/** After a start the renderer gets this long to draw its first frame before that is an alarm. */
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

export function classifyHealth(input: HealthInput): TerminalHealth {
  if (input.replacedBy) return { state: 'offline', reasons: [`replaced by ${input.replacedBy}`] };
  if (input.heartbeatAgeSeconds === null) return { state: 'offline', reasons: ['never sent a heartbeat'] };
  if (input.heartbeatAgeSeconds > ONLINE_WITHIN_SECONDS) {
    return { state: 'offline', reasons: [`no heartbeat for ${duration(input.heartbeatAgeSeconds)}`] };
  }
  const alarms: string[] = [];
  const warnings: string[] = [];
  const screen = input.screen;
  if (screen) {
    if (screen.lastFrameAgeSeconds === null && screen.uptimeSeconds > FIRST_FRAME_GRACE_SECONDS) {
      alarms.push(`screen dead: the kiosk runs (up ${duration(screen.uptimeSeconds)}) but its UI never rendered`);
    } else if (screen.lastFrameAgeSeconds !== null && screen.lastFrameAgeSeconds > SCREEN_STALE_SECONDS) {
      alarms.push(`screen dead: the kiosk runs but its UI last rendered ${duration(screen.lastFrameAgeSeconds)} ago`);
    }
  }
  for (const alert of new Set(input.alerts)) {
    const rule = ALERTS[alert];
    (rule.level === 'alarm' ? alarms : warnings).push(rule.reason(input));
  }
  if (input.freeDiskBytes !== null) {
    if (input.freeDiskBytes < DISK_ALARM_BYTES) alarms.push(`disk almost full: ${mib(input.freeDiskBytes)} free`);
    else if (input.freeDiskBytes < DISK_WARNING_BYTES) warnings.push(`disk low: ${mib(input.freeDiskBytes)} free`);
  }
  if (alarms.length > 0) return { state: 'alarm', reasons: [...alarms, ...warnings] };
  if (warnings.length > 0) return { state: 'warning', reasons: warnings };
  return { state: 'healthy', reasons: [] };
}
