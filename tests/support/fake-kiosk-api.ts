// An in-memory KioskApi for UI tests: it behaves like the core in the ways a screen can see
// (sessions, service choices, queue tickets, ratings) and lets a test emit any event and read back
// every call the UI made.
import { EventEmitter } from 'node:events';
import { standaloneSync } from '../../terminal/terminal.ts';
import { said } from '../../terminal/says/say.ts';
import {
  KioskError,
  type KioskApi,
  type KioskEventName,
  type KioskEvents,
  type KioskMethod,
  type KioskStatus,
  type QueueTicket,
  type ResidentView,
  type ServiceView,
  type SessionView,
} from '../../terminal/api.ts';

export interface RecordedCall {
  method: KioskMethod;
  params: unknown;
}

export type FakeKioskApi = KioskApi & {
  /** The status getStatus returns; tests may change it (then emit statusChanged or devices). */
  status: KioskStatus;
  calls: RecordedCall[];
  callsOf(method: KioskMethod): RecordedCall[];
  /** Resolves once the UI has called `method` (at least `count` times in all). */
  waitForCall(method: KioskMethod, count?: number, timeoutMs?: number): Promise<RecordedCall>;
  emit<E extends KioskEventName>(event: E, payload: KioskEvents[E]): void;
  /** Starts a session (as a placed card would) and announces it. */
  identify(resident: ResidentView | null): SessionView;
  /** Ends the session and announces null, as the idle timer or a removed card would. */
  wipe(): void;
  /** What the next takeQueueTicket returns for its print report (default printing). */
  nextPrint: QueueTicket['print'];
  /** When the next ticket says it was issued (default now): a screen's clock is tested with it. */
  nextIssuedAt?: Date;
};

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

export function createFakeKioskApi(opts: { status?: Partial<KioskStatus>; simulatedResident?: ResidentView } = {}): FakeKioskApi {
  const events = new EventEmitter();
  events.setMaxListeners(50);
  const calls: RecordedCall[] = [];
  const waiters: { method: KioskMethod; count: number; resolve(call: RecordedCall): void }[] = [];
  let session: (SessionView & { transactions: Set<string> }) | null = null;
  let sessionCount = 0;
  let ticketCount = 0;

  const record = (method: KioskMethod, params: unknown) => {
    const call = { method, params };
    calls.push(call);
    const total = calls.filter((c) => c.method === method).length;
    for (const waiter of [...waiters]) {
      if (waiter.method === method && total >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  };
  const emit = <E extends KioskEventName>(event: E, payload: KioskEvents[E]) => events.emit(event, payload);
  const view = (): SessionView | null => session && { id: session.id, resident: session.resident, startedAt: session.startedAt };
  const start = (resident: ResidentView | null): SessionView => {
    session = { id: `fake-session-${++sessionCount}`, resident, startedAt: new Date().toISOString(), transactions: new Set() };
    emit('session', { session: view() });
    return view()!;
  };
  const end = () => {
    session = null;
    emit('session', { session: null });
  };
  const requireSession = () => {
    if (!session) throw new KioskError('no-session', '操作已超时，请重新开始。');
    return session;
  };

  const fake: FakeKioskApi = {
    status: fakeStatus(opts.status),
    calls,
    nextPrint: { state: 'printing' },
    callsOf: (method) => calls.filter((c) => c.method === method),
    waitForCall(method, count = 1, timeoutMs = 5000) {
      const done = calls.filter((c) => c.method === method);
      if (done.length >= count) return Promise.resolve(done[count - 1]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the UI did not call ${method} (×${count}) within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ method, count, resolve: (call) => (clearTimeout(timer), resolve(call)) });
      });
    },
    emit,
    identify: start,
    wipe: end,

    async getStatus(params) {
      record('getStatus', params);
      return { ...structuredClone(fake.status), session: view() };
    },
    async startAnonymousSession(params) {
      record('startAnonymousSession', params);
      return start(null);
    },
    async activity(params) {
      record('activity', params);
      return { ok: true };
    },
    async reportFrame(params) {
      record('reportFrame', params);
      return { ok: true };
    },
    // Technician mode as the core answers it; the fake's PIN is 2468.
    async technicianEnter(params) {
      record('technicianEnter', params);
      if (params.pin !== '2468') return { ok: false, reason: 'wrong-pin', message: '密码不正确。' };
      if (session) end();
      emit('technician', { active: true });
      return { ok: true };
    },
    async technicianLeave(params) {
      record('technicianLeave', params);
      emit('technician', { active: false });
      return { ok: true };
    },
    async technicianTouch(params) {
      record('technicianTouch', params);
      return { ok: true };
    },
    async technicianDiagnostics(params) {
      record('technicianDiagnostics', params);
      return {
        devices: fake.status.devices,
        deviceHistory: [],
        sync: fake.status.sync,
        lastErrors: [],
        versions: { software: '0.0.0-fake', node: process.versions.node, os: 'fake' },
        freeDiskBytes: null,
        uptimeSeconds: 1,
        exportTargets: [],
        voice: { engine: null, engineProblem: 'fake kiosk: no voice', locales: [], packProblems: [], recentFallbacks: [] },
        canUploadToHub: false,
      };
    },
    async technicianTestPrint(params) {
      record('technicianTestPrint', params);
      return { ok: true, message: '测试凭条已打印，请查看纸面。' };
    },
    async technicianUploadLogs(params) {
      record('technicianUploadLogs', params);
      throw new KioskError('unavailable', '本机未注册到中心，无法上传；请导出到 U 盘。');
    },
    async technicianExportLogs(params) {
      record('technicianExportLogs', params);
      throw new KioskError('not-found', '没有找到可写入的 U 盘目录');
    },
    async technicianDiscoverPorts(params) {
      record('technicianDiscoverPorts', params);
      return { ports: [], simulated: { cardReader: true, printer: true } };
    },
    async technicianSaveSetup(params) {
      record('technicianSaveSetup', params);
      return { saved: true, restartNeeded: false, canRestart: false, message: '已保存，已生效。' };
    },
    async technicianEnroll(params) {
      record('technicianEnroll', params);
      throw new KioskError('unavailable', '配置中没有中心地址（central.url），无法注册。');
    },
    async technicianRestart(params) {
      record('technicianRestart', params);
      throw new KioskError('unavailable', '本机不在守护程序（supervisor）下运行：请手动重启。');
    },
    async continueSession(params) {
      record('continueSession', params);
      emit('idle', { secondsLeft: null });
      return { ok: true };
    },
    async endSession(params) {
      record('endSession', params);
      end();
      return { ok: true };
    },
    async chooseService(params) {
      record('chooseService', params);
      const current = requireSession();
      const service = fake.status.services.find((s) => s.id === params.serviceId);
      // The core's own messages (terminal/says/), so screens show them in the resident's language.
      if (!service) throw new KioskError('not-found', said('core.noSuchService', { serviceId: params.serviceId }));
      if (service.outOfService) {
        const reason = service.outOfServiceSay?.values?.reason;
        return { ok: false, reason: 'out-of-service', ...said('core.outageGoToCounter', { reason: typeof reason === 'string' ? reason : 'other' }) };
      }
      if (!service.built) return { ok: false, reason: 'not-built', ...said('core.notBuilt') };
      if (service.requiresIdentity && !current.resident) return { ok: false, reason: 'needs-identity', ...said('core.needsIdCard') };
      return { ok: true, service };
    },
    async takeQueueTicket(params) {
      record('takeQueueTicket', params);
      const current = requireSession();
      const service = fake.status.services.find((s) => s.id === params.serviceId);
      const queue = service?.queues?.find((q) => q.id === params.queueId) ?? service?.queues?.[0];
      if (!service || !queue) throw new KioskError('not-found', '没有这个队列。');
      const transactionId = `fake-tx-${++ticketCount}`;
      current.transactions.add(transactionId);
      return {
        transactionId,
        ticketNumber: `${queue.prefix}${String(ticketCount).padStart(3, '0')}`,
        serviceName: service.name,
        queueName: queue.name,
        ...(queue.i18n ? { queueI18n: queue.i18n } : {}),
        issuedAt: (fake.nextIssuedAt ?? new Date()).toISOString(),
        print: fake.nextPrint,
        queuedForSync: true,
      };
    },
    async printCertificate(params) {
      record('printCertificate', params);
      throw new KioskError('unavailable', '这个模拟核心不打印证明：证明打印由 tests/e2e/certificate-print.browser.test.ts 用真实核心检验。');
    },
    async rateTransaction(params) {
      record('rateTransaction', params);
      if (!requireSession().transactions.has(params.transactionId)) throw new KioskError('not-found', said('cases.ratingTargetNotFound'));
      return { ok: true };
    },
    // 办件进度查询 and 服务评价 (issue 10): a kiosk with no hub and no cases; the real rules are tested
    // on the real core (tests/terminal/progress-query.test.ts, rating.test.ts).
    async myCases(params) {
      record('myCases', params);
      requireSession();
      return { ok: true, cases: [], source: 'local', asOf: null };
    },
    async lookupCase(params) {
      record('lookupCase', params);
      requireSession();
      return { ok: false, reason: 'not-found', ...said('cases.caseUnreachable') };
    },
    async progressNotice(params) {
      record('progressNotice', params);
      return { count: null };
    },
    async ratingTargets(params) {
      record('ratingTargets', params);
      const session = requireSession();
      return { items: [...session.transactions].map((transactionId) => ({ target: { type: 'transaction' as const, transactionId }, title: transactionId, kind: 'visit' as const, rated: false })) };
    },
    async rate(params) {
      record('rate', params);
      requireSession();
      return { ok: true, transactionId: 'fake-rating' };
    },
    async simScan(params) {
      record('simScan', params);
      throw new KioskError('unavailable', '没有模拟扫码枪。');
    },
    // 政务信息查询 (issue 9): a kiosk that holds no guides or notices yet.
    async infoOverview(params) {
      record('infoOverview', params);
      requireSession();
      return { categories: [], guideCount: 0, noticeCount: 0 };
    },
    async searchGuides(params) {
      record('searchGuides', params);
      requireSession();
      return { guides: [], total: 0 };
    },
    async getGuide(params) {
      record('getGuide', params);
      throw new KioskError('not-found', '找不到这份办事指南，它可能已更新，请返回重新查找。');
    },
    async printGuide(params) {
      record('printGuide', params);
      throw new KioskError('not-found', '找不到这份办事指南，它可能已更新，请返回重新查找。');
    },
    async listNotices(params) {
      record('listNotices', params);
      requireSession();
      return [];
    },
    // 议题公告 (issue 9): a kiosk that holds no matters yet.
    async mattersOverview(params) {
      record('mattersOverview', params);
      requireSession();
      return { sections: [], topics: [] };
    },
    async getMatterDocument(params) {
      record('getMatterDocument', params);
      throw new KioskError('not-found', '找不到这份公开内容，它可能已更新，请返回重新选择。');
    },
    async getTopic(params) {
      record('getTopic', params);
      throw new KioskError('not-found', '找不到这个议题，它可能已撤下，请返回重新选择。');
    },
    async voteOnTopic(params) {
      record('voteOnTopic', params);
      throw new KioskError('not-found', '找不到这个议题，它可能已撤下，请返回重新选择。');
    },
    // 事项办理 / 诉求反映 (issue 10): a kiosk whose catalog offers no items; filing is refused.
    async listApplicationItems(params) {
      record('listApplicationItems', params);
      requireSession();
      return { items: [] };
    },
    async getApplicationForm(params) {
      record('getApplicationForm', params);
      throw new KioskError('not-found', said('cases.itemNotFound'));
    },
    async submitApplication(params) {
      record('submitApplication', params);
      throw new KioskError('not-found', said('cases.itemNotFound'));
    },
    async demandOptions(params) {
      record('demandOptions', params);
      requireSession();
      return { categories: [], phrases: {}, sites: [], resident: null, descriptionMaxLength: 500 };
    },
    async submitDemand(params) {
      record('submitDemand', params);
      throw new KioskError('unavailable', '本机没有开通诉求反映。');
    },
    async setElderMode(params) {
      record('setElderMode', params);
      return { ok: true };
    },
    async speak(params) {
      record('speak', params);
      return { audio: null, source: 'none', locale: params.locale, durationMs: 0, fellBack: true };
    },
    async simPlaceCard(params) {
      record('simPlaceCard', params);
      start(opts.simulatedResident ?? { maskedName: '张*民', identifiedBy: 'id-card' });
      return { ok: true };
    },
    async simRemoveCard(params) {
      record('simRemoveCard', params);
      return { ok: true };
    },
    async simSetPrinter(params) {
      record('simSetPrinter', params);
      if (!fake.status.simulator?.printer) throw new KioskError('unavailable', '没有模拟打印机：本机接的是真实打印机。');
      // As the real core does once the driver reads the new status: announce the printer's state.
      fake.status.devices.printer =
        params.paper === 'end' ? { state: 'paper-end' } : { state: 'ready', paperNearEnd: params.paper === 'near-end' };
      emit('devices', structuredClone(fake.status.devices));
      return { ok: true };
    },
    on(event, listener) {
      events.on(event, listener as (payload: unknown) => void);
      return () => events.off(event, listener as (payload: unknown) => void);
    },
  };
  return fake;
}
