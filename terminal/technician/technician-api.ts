// The KioskApi methods of technician mode. Diagnostics and the log export answer only while the
// mode is active; none of them reads a session, a transaction or a print job.
import { arch, platform, release } from 'node:os';
import { KioskError } from '../kiosk-error.ts';
import type { KioskApi } from '../api.ts';
import type { Diagnostics, TestPrintOutcome } from './technician-contract.ts';
import type { KioskStatus } from '../core-contract.ts';
import type { ScreenReport } from '../../shared/contract/schemas.ts';
import { recentAudit } from '../store/audit-log.ts';
import type { Db } from '../store/open-store.ts';
import { buildLogBundle } from '../commands/log-bundle.ts';
import { freeDiskBytes } from '../sync/free-disk.ts';
import { softwareVersion } from '../sync/software-version.ts';
import type { DeviceChange } from './device-history.ts';
import { exportTargets, writeBundleFile } from './log-export.ts';
import type { TechnicianMode } from './technician-mode.ts';
import type { VoiceDiagnostics } from '../voice/voice-service.ts';

const noVoice: VoiceDiagnostics = { engine: null, engineProblem: 'voice guidance was not started', locales: [], packProblems: [], recentFallbacks: [] };

/** Audit events a technician wants to see first: what went wrong. */
const ERROR_EVENTS = /refused|skipped|wrong|ignored|failed|error/;

export interface TechnicianApiDeps {
  db: Db;
  mode: TechnicianMode;
  status(): Promise<KioskStatus>;
  screen(): ScreenReport;
  deviceHistory(): DeviceChange[];
  dataDir: string | null;
  exportDirs(): readonly string[];
  /** Sends a bundle to the hub; null when the kiosk is not enrolled with one. */
  uploader(): ((bundle: Record<string, unknown>) => Promise<string>) | null;
  /** null: the kiosk was started without voice guidance. */
  voice(): VoiceDiagnostics | null;
  testPrint(): Promise<TestPrintOutcome>;
  now(): Date;
}

type TechnicianMethods = Pick<
  KioskApi,
  'technicianEnter' | 'technicianLeave' | 'technicianTouch' | 'technicianDiagnostics' | 'technicianExportLogs' | 'technicianUploadLogs' | 'technicianTestPrint'
>;

export function technicianApi(deps: TechnicianApiDeps): TechnicianMethods {
  // Not a touch: the diagnostics page refreshes by itself, and must not keep the mode open forever.
  const requireActive = () => {
    if (!deps.mode.active) throw new KioskError('not-technician', '维护模式已退出，请重新进入。');
  };
  const disk = () => (deps.dataDir ? freeDiskBytes(deps.dataDir) : null);
  const bundle = async () => ({
    ...buildLogBundle({ db: deps.db, status: await deps.status(), screen: deps.screen(), freeDiskBytes: disk(), terminalId: null, now: deps.now() }),
    deviceHistory: deps.deviceHistory(),
  });
  return {
    async technicianEnter({ pin }) {
      return deps.mode.enter(pin);
    },
    async technicianLeave() {
      deps.mode.leave('technician');
      return { ok: true };
    },
    async technicianTouch() {
      deps.mode.touch();
      return { ok: true };
    },
    async technicianDiagnostics(): Promise<Diagnostics> {
      requireActive();
      const status = await deps.status();
      return {
        devices: status.devices,
        deviceHistory: deps.deviceHistory(),
        sync: status.sync,
        lastErrors: recentAudit(deps.db, 200)
          .filter((entry) => ERROR_EVENTS.test(entry.event))
          .slice(0, 20)
          .map(({ at, event, detail }) => ({ at, event, detail })),
        versions: { software: softwareVersion(), node: process.versions.node, os: `${platform()} ${release()} ${arch()}` },
        freeDiskBytes: disk(),
        uptimeSeconds: deps.screen().uptimeSeconds,
        exportTargets: exportTargets(deps.exportDirs()),
        canUploadToHub: deps.uploader() !== null,
        voice: deps.voice() ?? noVoice,
      };
    },
    async technicianTestPrint() {
      requireActive();
      return deps.testPrint();
    },
    async technicianUploadLogs() {
      requireActive();
      const upload = deps.uploader();
      if (!upload) throw new KioskError('unavailable', '本机未注册到中心，无法上传；请导出到 U 盘。');
      try {
        return { id: await upload(await bundle()) };
      } catch (err) {
        throw new KioskError('unavailable', `上传失败：${(err as Error).message}。请稍后再试或导出到 U 盘。`);
      }
    },
    async technicianExportLogs({ target }) {
      requireActive();
      // Only a folder offered on the diagnostics page: the UI cannot name an arbitrary path.
      if (!exportTargets(deps.exportDirs()).includes(target)) {
        throw new KioskError('not-found', `没有找到可写入的 U 盘目录：${target}。请重新插入 U 盘后刷新。`);
      }
      const status = await deps.status();
      const contents = await bundle();
      try {
        const file = writeBundleFile(target, status.site.code, contents, deps.now());
        return { file, bytes: Buffer.byteLength(JSON.stringify(contents, null, 2)) };
      } catch (err) {
        throw new KioskError('unavailable', `无法写入 ${target}（${(err as NodeJS.ErrnoException).code ?? 'error'}）：U 盘可能已满或只读。`);
      }
    },
  };
}
