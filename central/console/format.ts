// How the console words a terminal's state; shared by the list and the details page.
import type { TerminalSummary } from '../../shared/contract/schemas.ts';
import { tFleet as t } from './fleet-words.ts';
import { dateTime } from './i18n/dates.ts';

export { setHubTimeZone } from './i18n/dates.ts';

/** Paper from the kiosk's alerts first (central's words), else the printer state it reported. */
export function paperState(terminal: TerminalSummary): string {
  if (terminal.alerts.includes('paper-out')) return t('paperOut');
  if (terminal.alerts.includes('paper-low')) return t('paperLow');
  if (terminal.alerts.includes('printer-unplugged')) return t('printerUnplugged');
  const printer = terminal.devices?.printer as { state?: unknown } | undefined;
  return typeof printer?.state === 'string' ? printer.state : t('paperUnknown');
}

export function backlog(terminal: TerminalSummary): string {
  if (!terminal.sync) return '—';
  const oldest = terminal.sync.oldestPendingAgeSeconds;
  return oldest === null || terminal.sync.pending === 0 ? String(terminal.sync.pending) : t('backlogOldest', { pending: terminal.sync.pending, minutes: Math.round(oldest / 60) });
}

/** An instant on the hub's clock in the user's language, or "never". */
export function when(iso: string | null): string {
  return iso ? dateTime(iso) : t('never');
}

/** The health state in the words the list shows: `starting` is not a fault, so it says what is happening. */
export function healthLabel(state: TerminalSummary['health']['state']): string {
  return t('health', { state });
}
