// When 证明打印 cannot run, as a reason for the resident (terminal/outage.ts): no A4 printer, the
// printer stopped, or no live link to central (certificate data belongs to the issuing authority,
// nothing is queued).
import type { CardRead, DocumentPrinterState } from '../../../drivers/types.ts';
import type { ServiceKind } from '../../../config/catalog-schema.ts';
import type { SyncStatus } from '../../core-contract.ts';
import type { OutageReason } from '../../outage.ts';
import { said, type Said } from '../../says/say.ts';
import { STAFFED_COUNTER } from '../../../config/schema.ts';

export function documentPrinterOutage(state: DocumentPrinterState | null): OutageReason | null {
  if (!state) return 'a4None';
  switch (state.state) {
    case 'stopped':
      return 'a4Stopped';
    case 'missing':
    case 'unreachable':
      return 'a4Off';
    default:
      return null; // checking or ready
  }
}

/**
 * Without an A4 printer this kiosk does not offer certificates at all: where to get them instead
 * (`site.certificatesAt`), or null when the site names no place and the tile is not shown.
 */
export function certificatesElsewhere(place: string | null): Said | null {
  if (place === null) return null;
  return place === STAFFED_COUNTER ? said('core.certificatesElsewhere', { where: 'counter', place: '' }) : said('core.certificatesElsewhere', { where: 'place', place });
}

export function networkOutage(sync: SyncStatus): OutageReason | null {
  return sync.state === 'online' ? null : 'network';
}

/** 证明打印 certifies a person: a magstripe or RFID card number is not enough. Null when `resident` will do. */
export function certificateIdentityNotice(kind: ServiceKind, resident: CardRead | null): Said | null {
  return kind === 'certificate-print' && resident?.kind !== 'id-card' ? said('core.certificateNeedsIdCard') : null;
}
