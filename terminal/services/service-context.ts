// What the core hands every service slice, made once for terminal.ts by createServiceContext: the
// store, the running configuration and catalog, the visit, the receipt printer's queue and the
// events. A slice takes what it needs from here instead of terminal.ts wiring each service's
// dependencies by hand.
import type { KioskConfig } from '../../config/schema.ts';
import type { Catalog, ServiceEntry, ServiceKind } from '../../config/catalog-schema.ts';
import type { Devices } from '../../drivers/types.ts';
import type { KioskEvents, ServiceView, SyncStatus } from '../core-contract.ts';
import type { Clock } from '../clock.ts';
import type { OutageReason } from '../outage.ts';
import type { Said } from '../says/say.ts';
import type { Session, SessionManager } from '../session.ts';
import type { Db } from '../store/open-store.ts';
import type { TransactionStore } from '../store/transactions.ts';
import type { HubConnection } from '../sync/hub-connection.ts';
import type { Visit } from './visit.ts';
import { createSlipPrinter, type PrintSlip } from './receipt-slip.ts';
import { KioskError } from '../kiosk-error.ts';
import { said } from '../says/say.ts';
import type { PrintQueue } from '../print-queue.ts';
import type { ServiceAvailability } from '../service-availability.ts';
import type { PrintJobStore } from '../store/print-jobs.ts';

export interface ServiceContext {
  db: Db;
  transactions: TransactionStore;
  /** Records a transaction with its receipt slip in one SQLite transaction, then prints the slip. */
  printSlip: PrintSlip;
  devices: Devices;
  config(): KioskConfig;
  catalog(): Catalog;
  clock: Clock;
  now(): Date;
  /** A line for the kiosk's log (never personal data). */
  log(line: string): void;
  emit<E extends keyof KioskEvents>(name: E, payload: KioskEvents[E]): void;
  /** A call from a service's screen: the visit must be on (counts as activity) and the catalog must
   *  offer a service of this kind; `missing` is what the resident reads when it does not. */
  enter(kind: ServiceKind, missing: Said): Visit;
  /** The visit (counts as activity); throws for the resident when there is none. */
  visit(): Session;
  /** The visit under way, if any (not a touch). */
  current(): Session | null;
  /** Counts as the resident's activity (the idle countdown starts again). */
  activity(): void;
  nextSeq(): number;
  /** Whether the hub answered the last attempt: offline, nobody waits for a timeout. */
  online(): boolean;
  /** The kiosk's connection to its hub; null while stand-alone or not enrolled. */
  hub(): HubConnection | null;
  /** A catalog entry by id; throws for the resident when there is none. */
  findService(serviceId: string): ServiceEntry;
  serviceView(service: ServiceEntry): ServiceView;
  /** Why a device (or the network) the service needs makes it unusable now, or null. */
  outageOf(service: ServiceEntry): OutageReason | null;
  /** What a refused call says when the service cannot run here. */
  unavailableNotice(reason: OutageReason, told: 'core.outage' | 'core.outageGoToCounter'): Said;
}

export interface ServiceContextInputs {
  deps: { db: Db; transactions: TransactionStore; printJobs: PrintJobStore; devices: Devices; clock: Clock };
  sessions: SessionManager;
  printQueue: PrintQueue;
  config(): KioskConfig;
  catalog(): Catalog;
  hub(): HubConnection | null;
  syncStatus(): SyncStatus;
  availability: ServiceAvailability;
  emit: ServiceContext['emit'];
}

/** The one context every slice gets, made once by terminal.ts from what the core owns. */
export function createServiceContext({ deps, sessions, printQueue, config, catalog, hub, syncStatus, availability, emit }: ServiceContextInputs): ServiceContext {
  const ctx: ServiceContext = {
    db: deps.db,
    transactions: deps.transactions,
    printSlip: createSlipPrinter({
      db: deps.db,
      printJobs: deps.printJobs,
      printQueue,
      columns: () => config().devices.printer.columns,
      onPrintReport: (transactionId, report) => emit('print', { transactionId, report }),
    }),
    devices: deps.devices,
    config,
    catalog,
    clock: deps.clock,
    now: () => new Date(deps.clock.now()),
    log: (line) => console.error(`kiosk: ${line}`),
    emit,
    enter(kind, missing) {
      const session = ctx.visit();
      const service = catalog().services.find((s) => s.kind === kind);
      if (!service) throw new KioskError('not-found', missing);
      return { session, service };
    },
    visit() {
      const session = sessions.current;
      if (!session) throw new KioskError('no-session', said('core.sessionTimedOut'));
      sessions.activity();
      return session;
    },
    current: () => sessions.current,
    activity: () => sessions.activity(),
    nextSeq: () => sessions.nextSeq(),
    online: () => syncStatus().state === 'online',
    hub,
    ...availability,
  };
  return ctx;
}
