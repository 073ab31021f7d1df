// Technician mode's and the provisioning wizard's part of the KioskApi contract (issue 12): request
// schemas (spread into api.ts's requestSchemas) and the answers. Nothing here is about residents.
// No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { KioskStatus, SyncStatus } from '../core-contract.ts';
import type { VoiceDiagnostics } from '../voice/voice-service.ts';

const portChoice = z.strictObject({ path: z.string().min(1).max(4096), baudRate: z.number().int().positive() });

export const technicianRequestSchemas = {
  /** Technician mode (issue 12): the hidden gesture was made and this PIN typed. */
  technicianEnter: z.strictObject({ pin: z.string().max(32) }),
  technicianLeave: z.strictObject({}),
  /** A touch in technician mode: its idle clock starts again. */
  technicianTouch: z.strictObject({}),
  technicianDiagnostics: z.strictObject({}),
  technicianExportLogs: z.strictObject({ target: z.string().min(1).max(4096) }),
  technicianUploadLogs: z.strictObject({}),
  /** Prints a test slip on the receipt printer. */
  technicianTestPrint: z.strictObject({}),
  /** Provisioning wizard: which serial ports answer as a card reader or a printer. */
  technicianDiscoverPorts: z.strictObject({}),
  /** Provisioning wizard: writes what was set to the configuration file (validated, atomically). */
  technicianSaveSetup: z.strictObject({
    site: z.strictObject({ name: z.string().max(200), code: z.string().max(200) }).optional(),
    orientation: z.enum(['portrait', 'landscape']).optional(),
    cardReader: portChoice.optional(),
    printer: portChoice.optional(),
    pin: z.string().regex(/^\d{4,12}$/, 'the PIN must be 4 to 12 digits').optional(),
  }),
  /** Provisioning wizard: enrolls with the configured hub using an admin's one-time code. */
  technicianEnroll: z.strictObject({ code: z.string().min(1).max(64) }),
  /** Provisioning wizard: exit for the supervisor to start the kiosk again (new ports take effect). */
  technicianRestart: z.strictObject({}),
} as const;

/** What a technician reads on the diagnostics page: devices, sync, versions, disk; nothing of residents. */
export interface Diagnostics {
  devices: KioskStatus['devices'];
  /** Newest first, since the kiosk started. */
  deviceHistory: { at: string; device: 'cardReader' | 'printer'; state: string; detail: string | null }[];
  sync: SyncStatus;
  /** The latest refusals and failures from the kiosk's audit log, newest first. */
  lastErrors: { at: string; event: string; detail: string }[];
  versions: { software: string; node: string; os: string };
  freeDiskBytes: number | null;
  uptimeSeconds: number;
  /** Folders a log bundle can be saved to now (mounted USB sticks, configured folders). */
  exportTargets: string[];
  /** The kiosk is enrolled with a hub: a bundle can be sent there too. */
  canUploadToHub: boolean;
  /** Voice guidance: the engine, each language's voice or fallback, recent fallbacks. */
  voice: VoiceDiagnostics;
}

/** A serial port as the provisioning wizard shows it. */
export interface FoundPort {
  path: string;
  answers: 'card-reader' | 'printer' | null;
  baudRate: number | null;
  /** The kiosk drives this port now (configured), so it was not probed. */
  inUse: boolean;
  note: string | null;
}

export interface DiscoveredPorts {
  ports: FoundPort[];
  /** Which devices run simulated now (no port configured). */
  simulated: { cardReader: boolean; printer: boolean };
}

export type TechnicianEnterResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin' | 'locked' | 'no-pin-set'; message: string; lockedSeconds?: number };

/** The test receipt: printed, or not, with the printer's state in `message`. */
export type TestPrintOutcome = { ok: true; message: string } | { ok: false; reason: 'not-printed'; message: string };

export interface TechnicianResponseTypes {
  technicianEnter: TechnicianEnterResult;
  technicianLeave: { ok: true };
  technicianTouch: { ok: true };
  technicianDiagnostics: Diagnostics;
  technicianExportLogs: { file: string; bytes: number };
  /** `id`: the bundle's number at the hub, for the admin. */
  technicianUploadLogs: { id: string };
  technicianTestPrint: TestPrintOutcome;
  technicianDiscoverPorts: DiscoveredPorts;
  /** `restartNeeded`: device ports changed (they take effect at the next start). */
  technicianSaveSetup: { saved: true; restartNeeded: boolean; canRestart: boolean; message: string };
  technicianEnroll: { terminalId: string; canRestart: boolean; message: string };
  technicianRestart: { ok: true };
}
