// What a service's KioskApi methods get from the core for each call: the visit (session) it is
// made in, the catalog entry of the service (the catalog must offer it) and the next sequence
// number within the session. terminal.ts makes one `enter` per service kind.
import type { ServiceEntry } from '../../config/catalog-schema.ts';
import type { Session } from '../session.ts';

export interface Visit {
  session: Session;
  service: ServiceEntry;
}

export interface ServiceCall {
  /** Checks the session is on (and counts as activity) and finds the service; throws for the resident otherwise. */
  enter(): Visit;
  nextSeq(): number;
}
