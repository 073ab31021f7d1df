// Technician mode's fake for UI tests, answering as the core does; its PIN is 2468. The real mode
// (lock-out, diagnostics, the wizard) is tested on the real core (tests/terminal/technician-mode.test.ts).
import { KioskError } from '../kiosk-error.ts';
import type { SliceFakeContext } from '../services/slice-fake.ts';
import type { z } from 'zod';
import type { TechnicianResponseTypes, technicianRequestSchemas } from './technician-contract.ts';

type TechnicianApi = { [M in keyof TechnicianResponseTypes]: (params: z.infer<(typeof technicianRequestSchemas)[M]>) => Promise<TechnicianResponseTypes[M]> };

export function createTechnicianFake(ctx: SliceFakeContext): TechnicianApi {
  return {
    async technicianEnter(params) {
      if (params.pin !== '2468') return { ok: false, reason: 'wrong-pin', message: '密码不正确。' };
      if (ctx.inVisit()) ctx.endVisit();
      ctx.emit('technician', { active: true });
      return { ok: true };
    },
    async technicianLeave() {
      ctx.emit('technician', { active: false });
      return { ok: true };
    },
    async technicianTouch() {
      return { ok: true };
    },
    async technicianDiagnostics() {
      const status = ctx.status();
      return {
        devices: status.devices,
        deviceHistory: [],
        sync: status.sync,
        lastErrors: [],
        versions: { software: '0.0.0-fake', node: process.versions.node, os: 'fake' },
        freeDiskBytes: null,
        uptimeSeconds: 1,
        exportTargets: [],
        voice: { engine: null, engineProblem: 'fake kiosk: no voice', locales: [], packProblems: [], recentFallbacks: [] },
        canUploadToHub: false,
      };
    },
    async technicianTestPrint() {
      return { ok: true, message: '测试凭条已打印，请查看纸面。' };
    },
    async technicianUploadLogs() {
      throw new KioskError('unavailable', '本机未注册到中心，无法上传；请导出到 U 盘。');
    },
    async technicianExportLogs() {
      throw new KioskError('not-found', '没有找到可写入的 U 盘目录');
    },
    async technicianDiscoverPorts() {
      return { ports: [], simulated: { cardReader: true, printer: true } };
    },
    async technicianSaveSetup() {
      return { saved: true, restartNeeded: false, canRestart: false, message: '已保存，已生效。' };
    },
    async technicianEnroll() {
      throw new KioskError('unavailable', '配置中没有中心地址（central.url），无法注册。');
    },
    async technicianRestart() {
      throw new KioskError('unavailable', '本机不在守护程序（supervisor）下运行：请手动重启。');
    },
  };
}
