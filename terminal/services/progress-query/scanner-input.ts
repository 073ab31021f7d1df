// The barcode scanner's lines, as the core hears them. A receipt's QR opens its case: from the
// attract screen a visit starts first (an anonymous one: the receipt is the key); during a visit
// the visit goes on. Anything else gets a plain message through the card-refused notice. Nothing
// is done in technician mode, nor when the kiosk is closed and no visit is on.
import type { CardRead, CardReaderDevice } from '../../../drivers/types.ts';
import type { ScanEvent } from './progress-query-contract.ts';
import type { Said, Say } from '../../says/say.ts';

export interface ScannerInputDeps {
  scanner: CardReaderDevice;
  /** Our receipt's QR, or the "not ours" message. */
  scanned(text: string): ScanEvent;
  technicianActive(): boolean;
  closed(): boolean;
  visitOn(): boolean;
  startVisit(): void;
  activity(): void;
  onCase(scan: Extract<ScanEvent, { kind: 'case' }>): void;
  /** `say` names the message so the screen can show it in the resident's language. */
  onRefused(message: string, say?: Say): void;
  /** The driver refused a line (too long): not one of ours either. */
  notOurs: Said;
}

/** Listens to the scanner; returns the function that stops listening. */
export function attachScanner(deps: ScannerInputDeps): () => void {
  const onLine = (read: CardRead) => {
    if (deps.technicianActive() || read.kind !== 'card-number') return;
    const scan = deps.scanned(read.number);
    if (scan.kind === 'unknown') return deps.onRefused(scan.message, scan.say);
    if (deps.visitOn()) deps.activity();
    else if (deps.closed()) return;
    else deps.startVisit();
    deps.onCase(scan);
  };
  const onRefused = () => deps.onRefused(deps.notOurs.message, deps.notOurs.say);
  deps.scanner.on('card', onLine);
  deps.scanner.on('refused', onRefused);
  return () => {
    deps.scanner.off('card', onLine);
    deps.scanner.off('refused', onRefused);
  };
}
