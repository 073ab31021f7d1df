// What the core hands every service slice, made once in terminal.ts: the store, the running
// configuration and catalog, the visit, the receipt printer's queue and the events. A slice
// takes what it needs from here instead of terminal.ts wiring each service's dependencies by hand.
import type { KioskConfig } from '../../config/schema.ts';
import type { Catalog, ServiceEntry, ServiceKind } from '../../config/catalog-schema.ts';
import type { Devices } from '../../drivers/types.ts';
import type { KioskEvents, ServiceView } from '../core-contract.ts';
import type { Clock } from '../clock.ts';
import type { OutageReason } from '../outage.ts';
import type { Said } from '../says/say.ts';
import type { Session } from '../session.ts';
import type { Db } from '../store/open-store.ts';
import type { TransactionStore } from '../store/transactions.ts';
import type { HubConnection } from '../sync/hub-connection.ts';
import type { Visit } from './visit.ts';
import type { PrintSlip } from './receipt-slip.ts';

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
