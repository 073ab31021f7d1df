// The KioskApi methods of the provisioning wizard (issue 12). Like the other technician methods
// they answer only while technician mode is active; none of them reads anything of residents.
import { ConfigError, loadConfig } from '../../config/load.ts';
import type { KioskConfig } from '../../config/schema.ts';
import { readRawConfig, writeConfigAtomically } from '../../config/write-config.ts';
import type { DiscoveredPort } from '../../drivers/discovery.ts';
import { KioskError } from '../kiosk-error.ts';
import type { KioskApi } from '../api.ts';
import { appendAudit } from '../store/audit-log.ts';
import type { Db } from '../store/open-store.ts';
import { applyProvisioning, changesDevices } from './provisioning.ts';
import type { TechnicianMode } from './technician-mode.ts';

export interface ProvisioningDeps {
  db: Db;
  mode: TechnicianMode;
  /** The running configuration (for the ports in use and the site to enroll under). */
  config(): KioskConfig;
  /** The kiosk's configuration file; null when it was started without one (nothing to write). */
  configPath: string | null;
  /** Probes serial ports, leaving alone the ones named (the kiosk holds them open). */
  discover(skip: string[]): Promise<DiscoveredPort[]>;
  /** Enrolls with the hub; null when no hub address is configured. */
  enroll: ((code: string, site: KioskConfig['site']) => Promise<{ terminalId: string }>) | null;
  /** The saved file's configuration: site, orientation and PIN take effect at once. */
  applyFile(fileConfig: KioskConfig): void;
  /** Stops the kiosk for its supervisor to start again; null when none watches it. */
  restart(): (() => void) | null;
}

type ProvisioningMethods = Pick<KioskApi, 'technicianDiscoverPorts' | 'technicianSaveSetup' | 'technicianEnroll' | 'technicianRestart'>;

export function provisioningApi(deps: ProvisioningDeps): ProvisioningMethods {
  const requireActive = () => {
    if (!deps.mode.active) throw new KioskError('not-technician', '维护模式已退出，请重新进入。');
  };
  return {
    async technicianDiscoverPorts() {
      requireActive();
      const { cardReader, printer } = deps.config().devices;
      // Ports the kiosk already drives are not probed (they are open and locked): the diagnostics
      // test read and test print check them instead.
      const inUse = [
        ...(cardReader.path ? [{ path: cardReader.path, answers: 'card-reader' as const, baudRate: cardReader.baudRate }] : []),
        ...(printer.path ? [{ path: printer.path, answers: 'printer' as const, baudRate: printer.baudRate }] : []),
      ];
      let probed: DiscoveredPort[];
      try {
        probed = await deps.discover(inUse.map((p) => p.path));
      } catch (err) {
        throw new KioskError('unavailable', `查找串口失败：${(err as Error).message}`);
      }
      return {
        ports: [
          ...inUse.map((p) => ({ ...p, inUse: true, note: '本机正在使用：用测试读卡/测试打印检查' })),
          ...probed.map((p) => ({ path: p.path, answers: p.answers, baudRate: p.baudRate ?? null, inUse: false, note: p.note ?? null })),
        ],
        simulated: { cardReader: !cardReader.path, printer: !printer.path },
      };
    },
    async technicianSaveSetup(changes) {
      requireActive();
      if (!deps.configPath) throw new KioskError('unavailable', '本机启动时没有指定配置文件（--config），无法保存设置。');
      let fileConfig: KioskConfig;
      try {
        writeConfigAtomically(deps.configPath, applyProvisioning(readRawConfig(deps.configPath), changes));
        fileConfig = loadConfig(deps.configPath);
      } catch (err) {
        // The schema's own words name the field, e.g. `field "site.code": letters, digits, - and _ only`.
        if (err instanceof ConfigError) throw new KioskError('bad-request', `设置未保存：${err.problems.join('；')}`);
        throw new KioskError('unavailable', `设置未保存：无法写入 ${deps.configPath}（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）。`);
      }
      deps.applyFile(fileConfig);
      // Which parts were set, never their values (the PIN above all).
      appendAudit(deps.db, 'technician-setup-saved', Object.keys(changes).join(', ') || 'nothing');
      const devices = changesDevices(changes);
      return {
        saved: true,
        restartNeeded: devices,
        canRestart: deps.restart() !== null,
        message: devices ? '已保存。新的设备端口在下次启动时生效。' : '已保存，已生效。',
      };
    },
    async technicianEnroll({ code }) {
      requireActive();
      if (!deps.enroll) throw new KioskError('unavailable', '配置中没有中心地址（central.url），无法注册。');
      try {
        const { terminalId } = await deps.enroll(code, deps.config().site);
        appendAudit(deps.db, 'enrolled', `terminal ${terminalId} (technician)`);
        return { terminalId, canRestart: deps.restart() !== null, message: `已注册，终端编号 ${terminalId}。与中心同步在下次启动时开始。` };
      } catch (err) {
        throw new KioskError('unavailable', `注册失败：${(err as Error).message}`);
      }
    },
    async technicianRestart() {
      requireActive();
      const restart = deps.restart();
      if (!restart) throw new KioskError('unavailable', '本机不在守护程序（supervisor）下运行：请手动重启。');
      appendAudit(deps.db, 'technician-restart', 'restart now (provisioning)');
      // Let the answer reach the screen before the process goes.
      setTimeout(restart, 300);
      return { ok: true };
    },
  };
}
