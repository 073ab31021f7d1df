// What the provisioning wizard changes in the configuration file, as a pure function of the file's
// own JSON: only the keys the technician set are touched, everything else in the file is kept.
// Writing (validated, atomic) is config/write-config.ts's job.
import { hashPin } from './pin-hash.ts';

export interface PortChoice {
  path: string;
  /** The baud rate discovery found it answering at. */
  baudRate: number;
}

export interface ProvisioningChanges {
  site?: { name: string; code: string };
  orientation?: 'portrait' | 'landscape';
  /** An ID-card (SAM) reader on this port. */
  cardReader?: PortChoice;
  /** An ESC/POS receipt printer on this port. */
  printer?: PortChoice;
  /** A new technician PIN (stored only as its hash). */
  pin?: string;
}

type Json = Record<string, unknown>;

function section(raw: Json, key: string): Json {
  const value = raw[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/**
 * A device moved to another port: its USB `match` described the old adapter and would send the
 * driver looking for it, so it goes; the device's other settings (columns, poll rates) stay.
 */
function onPort(previous: Json, protocol: string, choice: PortChoice): Json {
  const { match: _match, ...rest } = previous.protocol === protocol ? previous : {};
  return { ...rest, protocol, path: choice.path, baudRate: choice.baudRate };
}

export function applyProvisioning(raw: Json, changes: ProvisioningChanges): Json {
  const next: Json = { ...raw };
  if (changes.site) {
    const { i18n, ...site } = section(raw, 'site');
    // Translations of the old name would name another place: kept only while the name stays.
    const keep = i18n !== undefined && site.name === changes.site.name;
    next.site = { ...site, ...(keep && { i18n }), name: changes.site.name, code: changes.site.code };
  }
  if (changes.orientation) next.ui = { ...section(raw, 'ui'), orientation: changes.orientation };
  if (changes.cardReader || changes.printer) {
    const devices = { ...section(raw, 'devices') };
    // Discovery only recognises the SAM reader module, so a reader found by it is one.
    if (changes.cardReader) devices.cardReader = onPort(section(devices, 'cardReader'), 'idcard-sam', changes.cardReader);
    if (changes.printer) devices.printer = onPort(section(devices, 'printer'), 'escpos', changes.printer);
    next.devices = devices;
  }
  if (changes.pin !== undefined) next.technician = { ...section(raw, 'technician'), pinHash: hashPin(changes.pin) };
  return next;
}

/** True when the change needs a restart to take effect: open serial ports are not swapped live. */
export function changesDevices(changes: ProvisioningChanges): boolean {
  return Boolean(changes.cardReader || changes.printer);
}
