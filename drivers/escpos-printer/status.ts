// DLE EOT real-time status bytes → PrinterState, per the Epson ESC/POS reference. Pure, so the
// mapping is tested without a port.
import type { PrinterState } from '../types.ts';

export const DLE_EOT = (n: 1 | 2 | 3 | 4) => Uint8Array.of(0x10, 0x04, n);

/** Every DLE EOT answer has bits 1 and 4 set and bits 0 and 7 clear; XON/XOFF and stray bytes do not. */
export function isStatusByte(b: number): boolean {
  return (b & 0x93) === 0x12;
}

export interface StatusBytes {
  /** n = 1: printer status. */
  printer: number;
  /** n = 2: offline cause. */
  offlineCause: number;
  /** n = 3: error cause, only asked for when n = 2 reports an error. */
  errorCause?: number;
  /** n = 4: roll paper sensor. */
  paper: number;
}

/** Order matters: the first condition a person must fix wins (close the cover before refilling). */
export function interpretStatus(s: StatusBytes): PrinterState {
  const paperEnd = (s.paper & 0x60) !== 0 || (s.offlineCause & 0x20) !== 0;
  const paperNearEnd = (s.paper & 0x0c) !== 0;
  if (s.offlineCause & 0x04) return { state: 'cover-open' };
  if (s.offlineCause & 0x40) {
    const e = s.errorCause ?? 0;
    if (e & 0x08) return { state: 'cutter-error' };
    if (e & 0x20) return { state: 'unrecoverable-error' };
    if (e & 0x40) return { state: 'offline', reason: 'recoverable error (print head too hot, or voltage): wait a moment' };
    if (!paperEnd) return { state: 'offline', reason: 'the printer reports an error of unknown cause' };
  }
  if (paperEnd) return { state: 'paper-end' };
  if (s.printer & 0x08) {
    const reason = s.offlineCause & 0x08 ? 'paper is being fed with the feed button' : 'the printer reports it is offline';
    return { state: 'offline', reason };
  }
  return { state: 'ready', paperNearEnd };
}
