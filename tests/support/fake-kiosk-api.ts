// An in-memory KioskApi for UI tests: it behaves like the core in the ways a screen can see
// (sessions, service choices, the simulator) and lets a test emit any event and read back every
// call the UI made. Each service's answers come from its fake beside its slice
// (terminal/services/<service>/<service>-fake.ts), which implements the slice's real type.
import { EventEmitter } from 'node:events';
import { said } from '../../terminal/says/say.ts';
import { KioskError, type KioskApi, type KioskEventName, type KioskEvents, type KioskMethod, type KioskStatus, type QueueTicket, type ResidentView, type SessionView } from '../../terminal/api.ts';
import type { CoreResponseTypes } from '../../terminal/core-contract.ts';
import type { SliceFakeContext } from '../../terminal/services/slice-fake.ts';
import { createTechnicianFake } from '../../terminal/technician/technician-fake.ts';
import { createQueueTicketFake } from '../../terminal/services/queue-ticket/queue-ticket-fake.ts';
import { createCertificatePrintFake } from '../../terminal/services/certificate-print/certificate-print-fake.ts';
import { createInfoQueryFake } from '../../terminal/services/info-query/info-query-fake.ts';
import { createPublicMattersFake } from '../../terminal/services/public-matters/public-matters-fake.ts';
import { createProgressQueryFake } from '../../terminal/services/progress-query/progress-query-fake.ts';
import { createRatingFake } from '../../terminal/services/rating/rating-fake.ts';
import { createApplicationFake } from '../../terminal/services/application/application-fake.ts';
import { createDemandFake } from '../../terminal/services/demand/demand-fake.ts';
import { createCallRecorder, type RecordedCall } from './call-recorder.ts';
import { fakeStatus } from './fake-status.ts';

export { fakeStatus } from './fake-status.ts';
export type { RecordedCall } from './call-recorder.ts';

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
  /** The hall's queue (issue 25): waiting counts per queue id; unset, the hall runs no queue. */
  waitingCounts?: Record<string, number>;
};

type CoreApi = { [M in keyof CoreResponseTypes]: (params: Parameters<KioskApi[M]>[0]) => Promise<CoreResponseTypes[M]> };

export function createFakeKioskApi(opts: { status?: Partial<KioskStatus>; simulatedResident?: ResidentView } = {}): FakeKioskApi {
  const events = new EventEmitter();
  events.setMaxListeners(50);
  const recorder = createCallRecorder();
  let session: (SessionView & { transactions: Set<string> }) | null = null;
  let sessionCount = 0;

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
  const ctx: SliceFakeContext = {
    visit() {
      if (!session) throw new KioskError('no-session', '操作已超时，请重新开始。');
      return session;
    },
    status: () => fake.status,
    emit,
    endVisit: end,
    inVisit: () => session !== null,
  };

  const core: CoreApi = {
    async getStatus() {
      return { ...structuredClone(fake.status), session: view() };
    },
    startAnonymousSession: async () => start(null),
    activity: async () => ({ ok: true }),
    reportFrame: async () => ({ ok: true }),
    async continueSession() {
      emit('idle', { secondsLeft: null });
      return { ok: true };
    },
    async endSession() {
      end();
      return { ok: true };
    },
    async chooseService(params) {
      const current = ctx.visit();
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
    async simScan() {
      throw new KioskError('unavailable', '没有模拟扫码枪。');
    },
    setElderMode: async () => ({ ok: true }),
    speak: async (params) => ({ audio: null, source: 'none', locale: params.locale, durationMs: 0, fellBack: true }),
    async simPlaceCard() {
      start(opts.simulatedResident ?? { maskedName: '张*民', identifiedBy: 'id-card' });
      return { ok: true };
    },
    simRemoveCard: async () => ({ ok: true }),
    async simSetPrinter(params) {
      if (!fake.status.simulator?.printer) throw new KioskError('unavailable', '没有模拟打印机：本机接的是真实打印机。');
      // As the real core does once the driver reads the new status: announce the printer's state.
      fake.status.devices.printer = params.paper === 'end' ? { state: 'paper-end' } : { state: 'ready', paperNearEnd: params.paper === 'near-end' };
      emit('devices', structuredClone(fake.status.devices));
      return { ok: true };
    },
  };

  const fake: FakeKioskApi = {
    status: fakeStatus(opts.status),
    calls: recorder.calls,
    nextPrint: { state: 'printing' },
    callsOf: recorder.callsOf,
    waitForCall: recorder.waitForCall,
    emit,
    identify: start,
    wipe: end,
    ...recorder.recording({
      ...core,
      ...createTechnicianFake(ctx),
      ...createQueueTicketFake(ctx, { print: () => fake.nextPrint, issuedAt: () => fake.nextIssuedAt ?? new Date(), waiting: () => fake.waitingCounts }),
      ...createCertificatePrintFake(),
      ...createInfoQueryFake(ctx),
      ...createPublicMattersFake(ctx),
      ...createProgressQueryFake(ctx),
      ...createRatingFake(ctx),
      ...createApplicationFake(ctx),
      ...createDemandFake(ctx),
    }),
    on(event, listener) {
      events.on(event, listener as (payload: unknown) => void);
      return () => events.off(event, listener as (payload: unknown) => void);
    },
  };
  return fake;
}
