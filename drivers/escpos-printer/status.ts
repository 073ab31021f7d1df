// DLE EOT real-time status bytes → PrinterState, per the Epson ESC/POS reference. The bits are
// declared once, as data (STATUS_BITS: which answer, which bits, what they mean), read here and
// written by the simulator (drivers/sim/printer-sim.ts), so the two cannot drift apart. Pure, so
// the mapping is tested without a port.
import type { PrinterState } from '../types.ts';

export const DLE_EOT = (n: 1 | 2 | 3 | 4) => Uint8Array.of(0x10, 0x04, n);

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

/** Which DLE EOT answer each status byte is. */
const ANSWER: Record<keyof StatusBytes, 1 | 2 | 3 | 4> = { printer: 1, offlineCause: 2, errorCause: 3, paper: 4 };

/** The bits every DLE EOT answer carries whatever the printer's state; XON/XOFF and stray bytes do not. */
const FIXED_BITS = { set: [1, 4], clear: [0, 7] } as const;

/** The bits this driver reads: in which answer, which bits (any of them set means yes), and what they mean. */
export const STATUS_BITS = {
  offline: { byte: 'printer', bits: [3], meaning: 'the printer is offline' },
  coverOpen: { byte: 'offlineCause', bits: [2], meaning: 'the cover is open' },
  feedButton: { byte: 'offlineCause', bits: [3], meaning: 'paper is being fed with the feed button' },
  stoppedAtPaperEnd: { byte: 'offlineCause', bits: [5], meaning: 'printing stopped at paper end' },
  error: { byte: 'offlineCause', bits: [6], meaning: 'an error occurred (DLE EOT 3 says which)' },
  cutterError: { byte: 'errorCause', bits: [3], meaning: 'autocutter error' },
  unrecoverableError: { byte: 'errorCause', bits: [5], meaning: 'unrecoverable error' },
  autoRecoverableError: { byte: 'errorCause', bits: [6], meaning: 'auto-recoverable error (print head too hot, or voltage)' },
  paperNearEnd: { byte: 'paper', bits: [2, 3], meaning: 'roll paper near-end sensor: paper low' },
  paperEnd: { byte: 'paper', bits: [5, 6], meaning: 'roll paper end sensor: no paper' },
} as const satisfies Record<string, { byte: keyof StatusBytes; bits: readonly number[]; meaning: string }>;

export type StatusFlag = keyof typeof STATUS_BITS;

const maskOf = (bits: readonly number[]) => bits.reduce((mask, bit) => mask | (1 << bit), 0);
const FIXED_VALUE = maskOf(FIXED_BITS.set);
const FIXED_MASK = maskOf([...FIXED_BITS.set, ...FIXED_BITS.clear]);

export function isStatusByte(b: number): boolean {
  return (b & FIXED_MASK) === FIXED_VALUE;
}

/** Whether any of the flag's bits is set in its answer (an answer not asked for reads as none). */
function isSet(s: StatusBytes, flag: StatusFlag): boolean {
  const { byte, bits } = STATUS_BITS[flag];
  return ((s[byte] ?? 0) & maskOf(bits)) !== 0;
}

/** The byte a printer sends for DLE EOT n while `flags` hold (the simulator's answer). */
export function encodeStatusByte(n: 1 | 2 | 3 | 4, flags: readonly StatusFlag[]): number {
  return flags.filter((flag) => ANSWER[STATUS_BITS[flag].byte] === n).reduce((b, flag) => b | maskOf(STATUS_BITS[flag].bits), FIXED_VALUE);
}

/** Order matters: the first condition a person must fix wins (close the cover before refilling). */
export function interpretStatus(s: StatusBytes): PrinterState {
  const paperEnd = isSet(s, 'paperEnd') || isSet(s, 'stoppedAtPaperEnd');
  const paperNearEnd = isSet(s, 'paperNearEnd');
  if (isSet(s, 'coverOpen')) return { state: 'cover-open' };
  if (isSet(s, 'error')) {
    if (isSet(s, 'cutterError')) return { state: 'cutter-error' };
    if (isSet(s, 'unrecoverableError')) return { state: 'unrecoverable-error' };
    if (isSet(s, 'autoRecoverableError')) return { state: 'offline', reason: 'recoverable error (print head too hot, or voltage): wait a moment' };
    if (!paperEnd) return { state: 'offline', reason: 'the printer reports an error of unknown cause' };
  }
  if (paperEnd) return { state: 'paper-end' };
  if (isSet(s, 'offline')) {
    const reason = isSet(s, 'feedButton') ? 'paper is being fed with the feed button' : 'the printer reports it is offline';
    return { state: 'offline', reason };
  }
  return { state: 'ready', paperNearEnd };
}
