// The status a fake kiosk starts with: a hall with a printer, a card reader, no hub, and three
// services (取号排队 built; 证明打印 and 政务信息查询 shown but not built in the fake).
import { standaloneSync } from '../../terminal/terminal.ts';
import type { KioskStatus, ServiceView } from '../../terminal/api.ts';

const services: ServiceView[] = [
  {
    id: 'queue',
    kind: 'queue-ticket',
    name: '取号排队',
    description: '领取窗口排队号',
    needs: ['printer'],
    requiresIdentity: true,
    elder: true,
    queues: [{ id: 'general', name: '综合受理窗口', prefix: 'A', i18n: { en: { name: 'General counter' } } }],
    outOfService: null,
    built: true,
  },
  {
    id: 'certificates',
    kind: 'certificate-print',
    name: '证明打印',
    description: '打印证明材料',
    needs: ['printer'],
    requiresIdentity: true,
    elder: true,
    outOfService: null,
    built: false,
  },
  {
    id: 'info',
    kind: 'info-query',
    name: '政务信息查询',
    description: '政策、办事时间、收费标准、通知公告',
    needs: [],
    requiresIdentity: false,
    elder: true,
    outOfService: null,
    built: false,
  },
];

export function fakeStatus(overrides: Partial<KioskStatus> = {}): KioskStatus {
  return {
    site: { name: '双流区东升街道便民服务中心', code: 'SC-SL-DS-01', timeZone: 'Asia/Shanghai' },
    services: structuredClone(services),
    session: null,
    idle: { timeoutSeconds: 90, warningSeconds: 20 },
    devices: { cardReader: { state: 'ready' }, printer: { state: 'ready', paperNearEnd: false }, documentPrinter: null },
    sync: standaloneSync,
    ui: { elderMode: false, volume: 80, orientation: 'portrait', locale: 'zh-CN' },
    outOfService: null,
    simulator: { cards: [{ id: 'han', label: '张伟民（汉族）' }], printer: true },
    ...overrides,
  };
}
