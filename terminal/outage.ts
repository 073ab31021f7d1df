// Why a device (or the network) makes a service unusable right now, as a key: the says catalog
// (terminal/says/core.ts) has a whole sentence for each key in each place it is told, so the
// resident reads it in their language. Null: the service can run.
import type { DeviceConnection, PrinterState } from '../drivers/types.ts';

export type OutageReason = 'printerOff' | 'printerFault' | 'readerOff' | 'a4None' | 'a4Stopped' | 'a4Off' | 'network';

export function printerOutage(state: PrinterState): OutageReason | null {
  switch (state.state) {
    case 'disconnected':
    case 'offline':
      return 'printerOff';
    case 'cutter-error':
    case 'unrecoverable-error':
      return 'printerFault';
    default:
      return null; // paper end / cover open: the ticket still shows on screen and prints after the fix
  }
}

export function readerOutage(connection: DeviceConnection): OutageReason | null {
  return connection.state === 'disconnected' || connection.state === 'error' ? 'readerOff' : null;
}
