// Which services a kiosk offers right now and what a tile (or a refused call) says when one cannot
// run: a device it needs is missing or failed, the network is down, or this version has not built
// it. No A4 printer is no fault but a service this kiosk does not offer: it says where it is instead.
import type { KioskConfig } from '../config/schema.ts';
import type { Catalog, ServiceEntry, ServiceKind } from '../config/catalog-schema.ts';
import type { Devices } from '../drivers/types.ts';
import type { ServiceView, SyncStatus } from './core-contract.ts';
import { KioskError } from './kiosk-error.ts';
import { printerOutage, readerOutage, type OutageReason } from './outage.ts';
import { said, type Said } from './says/say.ts';
import { certificatesElsewhere, documentPrinterOutage, networkOutage } from './services/certificate-print/outage.ts';

/** Service kinds this version can run; the others say plainly that they are not available yet. */
const BUILT_KINDS: ReadonlySet<ServiceKind> = new Set([
  'queue-ticket',
  'certificate-print',
  'info-query',
  'public-matters',
  'application',
  'demand',
  'progress-query',
  'rating',
]);

export interface AvailabilityInputs {
  devices: Devices;
  config(): KioskConfig;
  catalog(): Catalog;
  syncStatus(): SyncStatus;
}

export function createServiceAvailability({ devices, config, catalog, syncStatus }: AvailabilityInputs) {
  const outageOf = (service: ServiceEntry): OutageReason | null =>
    (service.needs.includes('printer') ? printerOutage(devices.printer.status) : null) ??
    (service.needs.includes('cardReader') ? readerOutage(devices.cardReader.connection) : null) ??
    (service.needs.includes('documentPrinter') ? documentPrinterOutage(devices.documentPrinter?.status ?? null) : null) ??
    (service.needs.includes('network') ? networkOutage(syncStatus()) : null);
  /** What a service's tile, or a refused call, says when the service cannot run here. */
  const unavailableNotice = (reason: OutageReason, told: 'core.outage' | 'core.outageGoToCounter'): Said => {
    if (reason === 'a4None') return certificatesElsewhere(config().site.certificatesAt) ?? said('core.outageGoToCounter', { reason });
    return said(told, { reason });
  };
  const serviceView = (service: ServiceEntry): ServiceView => {
    const reason = outageOf(service);
    const notice = reason ? unavailableNotice(reason, 'core.outage') : null;
    return {
      ...service,
      outOfService: notice?.message ?? null,
      ...(notice ? { outOfServiceSay: notice.say } : {}),
      built: BUILT_KINDS.has(service.kind),
      ...(reason === 'a4None' ? { offeredElsewhere: true as const } : {}),
    };
  };
  return {
    outageOf,
    unavailableNotice,
    serviceView,
    /** The tiles a resident sees: a service offered nowhere the site can name is not shown at all. */
    shownServices: () => catalog().services.filter((s) => !(outageOf(s) === 'a4None' && config().site.certificatesAt === null)).map(serviceView),
    findService(serviceId: string): ServiceEntry {
      const service = catalog().services.find((s) => s.id === serviceId);
      if (!service) throw new KioskError('not-found', said('core.noSuchService', { serviceId }));
      return service;
    },
  };
}

export type ServiceAvailability = ReturnType<typeof createServiceAvailability>;
