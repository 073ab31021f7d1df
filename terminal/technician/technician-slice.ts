// Technician mode's and the provisioning wizard's methods as the core wires them: the mode itself,
// the diagnostics it reads, the test slip, and the configuration file the wizard writes.
import type { KioskConfig } from '../../config/schema.ts';
import type { Devices } from '../../drivers/types.ts';
import { encodeReceipt } from '../../printing/receipt.ts';
import type { ScreenReport } from '../../shared/contract/schemas.ts';
import type { KioskStatus } from '../core-contract.ts';
import type { Db } from '../store/open-store.ts';
import type { VoiceService } from '../voice/voice-service.ts';
import type { DeviceChange } from './device-history.ts';
import { testReceipt } from './device-tests.ts';
import { provisioningApi, type ProvisioningDeps } from './provisioning-api.ts';
import { technicianApi } from './technician-api.ts';
import type { TechnicianMode } from './technician-mode.ts';

/** The provisioning wizard's links to the world outside the core (boot provides them). */
export type ProvisioningLinks = Pick<ProvisioningDeps, 'configPath' | 'discover' | 'enroll' | 'restart'> & {
  /** Lays the cached pushed configuration over the file's, as at start. */
  layer(fileConfig: KioskConfig): KioskConfig;
};

export interface TechnicianSliceDeps {
  db: Db;
  mode: TechnicianMode;
  devices: Devices;
  config(): KioskConfig;
  now(): Date;
  status(): Promise<KioskStatus>;
  screen(): ScreenReport;
  deviceHistory(): DeviceChange[];
  dataDir: string | null;
  /** Sends a bundle to the hub; null when the kiosk is not enrolled with one. */
  uploader(): ((bundle: Record<string, unknown>) => Promise<string>) | null;
  voice: VoiceService | undefined;
  provisioning: ProvisioningLinks | undefined;
  /** Applies the saved file's configuration to the running core. */
  applyConfig(next: KioskConfig): void;
}

export function createTechnicianSlice(deps: TechnicianSliceDeps) {
  const { config, provisioning } = deps;
  return {
    ...technicianApi({
      db: deps.db,
      mode: deps.mode,
      status: deps.status,
      screen: deps.screen,
      deviceHistory: deps.deviceHistory,
      dataDir: deps.dataDir,
      exportDirs: () => config().technician.exportDirs,
      uploader: deps.uploader,
      voice: () => deps.voice?.diagnostics() ?? null,
      testPrint: async () => {
        const outcome = await deps.devices.printer.print(encodeReceipt(testReceipt(config().site, deps.now()), config().devices.printer.columns));
        return outcome.ok ? { ok: true, message: '测试凭条已打印，请查看纸面。' } : { ok: false, reason: 'not-printed', message: `打印失败：打印机状态 ${outcome.state.state}` };
      },
      now: deps.now,
    }),
    ...provisioningApi({
      db: deps.db,
      mode: deps.mode,
      config,
      configPath: provisioning?.configPath ?? null,
      discover: provisioning?.discover ?? (async () => []),
      enroll: provisioning?.enroll ?? null,
      restart: provisioning?.restart ?? (() => null),
      // The open ports stay as they are until the next start: only the rest applies now.
      applyFile: (fileConfig) => deps.applyConfig({ ...(provisioning?.layer(fileConfig) ?? fileConfig), devices: config().devices }),
    }),
  };
}
