// How the console words a terminal's state; shared by the list and the details page.
import type { TerminalSummary } from '../../shared/contract/schemas.ts';
import { DEFAULT_TIME_ZONE, zonedMinute } from '../../config/zoned-time.ts';

// The hub's zone, told at login (issue 21): "last seen 00:03" means the same to every admin and
// matches the kiosk's receipts, whatever zone the admin's computer is set to.
let hubTimeZone = DEFAULT_TIME_ZONE;
export function setHubTimeZone(timeZone: string): void {
  hubTimeZone = timeZone;
}

/** Paper from the kiosk's alerts first (central's words), else the printer state it reported. */
export function paperState(t: TerminalSummary): string {
  if (t.alerts.includes('paper-out')) return 'out of paper';
  if (t.alerts.includes('paper-low')) return 'low';
  if (t.alerts.includes('printer-unplugged')) return 'printer not connected';
  const printer = t.devices?.printer as { state?: unknown } | undefined;
  return typeof printer?.state === 'string' ? printer.state : 'unknown';
}

export function backlog(t: TerminalSummary): string {
  if (!t.sync) return '—';
  const oldest = t.sync.oldestPendingAgeSeconds;
  return oldest === null || t.sync.pending === 0 ? String(t.sync.pending) : `${t.sync.pending} (oldest ${Math.round(oldest / 60)} min)`;
}

export function when(iso: string | null): string {
  return iso ? zonedMinute(new Date(iso), hubTimeZone) : 'never';
}

/** The health state in the words the list shows: `starting` is not a fault, so it says what is happening. */
export function healthLabel(state: TerminalSummary['health']['state']): string {
  return state === 'starting' ? 'starting up' : state;
}
