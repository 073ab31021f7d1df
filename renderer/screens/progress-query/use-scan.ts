// What the barcode scanner read (a receipt's QR), kept until the visit ends so the visit's screens
// can open that case. The core starts a visit first when none is on.
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../../api-client.ts';

export interface PendingScan {
  /** Grows with each scan, so the same receipt scanned twice opens it twice. */
  seq: number;
  caseNumber: string;
  queryCode: string;
}

export function usePendingScan(api: ApiClient, sessionId: string | null): PendingScan | null {
  const [scan, setScan] = useState<PendingScan | null>(null);
  useEffect(
    () =>
      api.on('scan', (event) => {
        if (event.kind === 'case') setScan((prev) => ({ seq: (prev?.seq ?? 0) + 1, caseNumber: event.caseNumber, queryCode: event.queryCode }));
      }),
    [api],
  );
  useEffect(() => {
    if (!sessionId) setScan(null); // a visit's scan never carries over to the next person
  }, [sessionId]);
  return scan;
}
