// The kiosk's one connection to its hub, made once when the kiosk connects (at start when it is
// enrolled, or when the provisioning wizard enrolls it): who this terminal is there and the signed
// links each service asks over. The core and its slices receive this object; none of them reads
// the identity from disk or builds a client of its own.
import { createCentralClient, describeHttpFailure, type CentralClient } from './central-client.ts';
import type { TerminalIdentity } from './identity.ts';
import { logBundleUploadResponseSchema } from '../../shared/contract/schemas.ts';
import { createCertificateLink, type CertificateLink } from '../services/certificate-print/central-link.ts';
import { createMattersLink, type MattersLink } from '../services/public-matters/central-link.ts';
import { createProgressLinks, type CasesLink } from '../services/progress-query/cases-link.ts';

export interface HubConnection {
  /** The terminal's number at its hub (1–9999), 0 while the hub has not given one. */
  terminalNumber(): number;
  /** 证明打印: asked live while the resident waits. */
  certificates: CertificateLink;
  /** 议题公告: questions asked while a resident waits get a short timeout of their own. */
  matters: MattersLink;
  /** 办件进度查询: `asked` while a resident waits, `background` (more patient) for the greeting's count. */
  cases: { asked: CasesLink; background: CasesLink };
  /** The technician's log bundle; resolves to its number at the hub. */
  uploadLogs(bundle: Record<string, unknown>): Promise<string>;
}

export interface HubAddress {
  centralUrl: string;
  identity: TerminalIdentity;
  /** `central.requestTimeoutSeconds`, in ms: the certificate and log-bundle requests wait this long. */
  requestTimeoutMs: number;
}

/** 议题公告's questions: a resident waits for them, so the hub gets 3 s. */
const MATTERS_TIMEOUT_MS = 3_000;

export function connectHub({ centralUrl, identity, requestTimeoutMs }: HubAddress): HubConnection & { numbered(n: number): void } {
  const client = (timeoutMs: number): CentralClient => createCentralClient({ baseUrl: centralUrl, identity, timeoutMs });
  const main = client(requestTimeoutMs);
  let terminalNumber = identity.terminalNumber ?? 0;
  return {
    terminalNumber: () => terminalNumber,
    /** The heartbeat told this terminal its number (an identity stored before hubs gave numbers). */
    numbered(n) {
      terminalNumber = n;
    },
    certificates: createCertificateLink(main),
    matters: createMattersLink(client(MATTERS_TIMEOUT_MS)),
    cases: createProgressLinks(client),
    async uploadLogs(bundle) {
      const response = await main.request('POST', '/v1/log-bundles', { bundle });
      const parsed = logBundleUploadResponseSchema.safeParse(response.json);
      if (response.status !== 201 || !parsed.success) throw new Error(describeHttpFailure(response));
      return parsed.data.id;
    },
  };
}
