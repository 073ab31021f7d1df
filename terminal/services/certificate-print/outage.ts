// When 证明打印 cannot run, as a reason for the resident (terminal/outage.ts): no A4 printer, the
// printer stopped, or no live link to central (certificate data belongs to the issuing authority,
// nothing is queued).
import type { DocumentPrinterState } from '../../../drivers/types.ts';
import type { SyncStatus } from '../../api.ts';
import type { OutageReason } from '../../outage.ts';

export function documentPrinterOutage(state: DocumentPrinterState | null): OutageReason | null {
  if (!state) return 'a4None';
  switch (state.state) {
    case 'stopped':
      return 'a4Stopped';
    case 'missing':
    case 'unreachable':
      return 'a4Off';
    default:
      return null; // checking or ready
  }
}

export function networkOutage(sync: SyncStatus): OutageReason | null {
  return sync.state === 'online' ? null : 'network';
}
