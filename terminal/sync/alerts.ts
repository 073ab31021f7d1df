// The conditions a kiosk raises about itself in each heartbeat, from what it already knows: its
// devices, its outbox and whether an admin closed it. Central words and grades them (central/health.ts).
import type { TerminalAlert } from '../../shared/contract/schemas.ts';
import type { KioskStatus } from '../core-contract.ts';

/** Unsent transactions older than this mean the link, or central, has been failing for a while. */
export const BACKLOG_ALERT_SECONDS = 30 * 60;

export function alertsOf(status: Pick<KioskStatus, 'devices' | 'sync' | 'outOfService'>): TerminalAlert[] {
  const alerts: TerminalAlert[] = [];
  const printer = status.devices.printer;
  switch (printer.state) {
    case 'ready':
      if (printer.paperNearEnd) alerts.push('paper-low');
      break;
    case 'paper-end':
      alerts.push('paper-out');
      break;
    case 'disconnected':
    case 'offline':
      alerts.push('printer-unplugged');
      break;
    case 'cutter-error':
    case 'unrecoverable-error':
      alerts.push('printer-error');
      break;
    default:
      break; // cover open or no status answer: a technician's matter, not yet a fleet alert
  }
  const reader = status.devices.cardReader.state;
  if (reader === 'disconnected' || reader === 'error') alerts.push('reader-unplugged');
  if ((status.sync.oldestPendingAgeSeconds ?? 0) > BACKLOG_ALERT_SECONDS) alerts.push('backlog-old');
  if (status.outOfService) alerts.push('out-of-service');
  return alerts;
}
