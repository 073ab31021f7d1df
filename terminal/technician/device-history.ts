// The last device state changes, newest first, for the technician's diagnostics page: "the reader
// dropped at 10:02 and came back at 10:03" is what finds a loose cable. In memory only: a restart
// starts a fresh history (the audit log keeps what must survive).
import type { DeviceConnection, PrinterState } from '../../drivers/types.ts';

export interface DeviceChange {
  at: string;
  device: 'cardReader' | 'printer';
  state: string;
  detail: string | null;
}

const KEEP = 50;

export function createDeviceHistory(now: () => number) {
  const changes: DeviceChange[] = [];
  const last: Partial<Record<DeviceChange['device'], string>> = {};
  const note = (device: DeviceChange['device'], state: string, detail: string | null) => {
    const key = `${state}|${detail ?? ''}`;
    if (last[device] === key) return; // the printer's status poll repeats itself
    last[device] = key;
    changes.unshift({ at: new Date(now()).toISOString(), device, state, detail });
    changes.length = Math.min(changes.length, KEEP);
  };
  return {
    reader(connection: DeviceConnection) {
      note('cardReader', connection.state, 'reason' in connection ? connection.reason : null);
    },
    printer(status: PrinterState) {
      note('printer', status.state, 'reason' in status ? status.reason : status.state === 'ready' && status.paperNearEnd ? 'paper near end' : null);
    },
    list: (): DeviceChange[] => [...changes],
  };
}
