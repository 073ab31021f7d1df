// 办件进度查询's part of KioskApi and its hooks into the core: the greeting's background count when
// a card is read, and what the barcode scanner read. terminal.ts spreads `api` into KioskApi.
import type { Db } from '../../store/open-store.ts';
import type { TransactionStore } from '../../store/transactions.ts';
import type { Session } from '../../session.ts';
import type { ServiceCall } from '../visit.ts';
import { parseCaseProgressUrl } from '../../../central/contract/cases.ts';
import { createCaseCache } from './case-cache.ts';
import type { CasesLink } from './cases-link.ts';
import { createLocalCases } from './local-cases.ts';
import { createProgressService } from './progress-service.ts';
import { said } from '../../says/say.ts';
import type { ProgressAnswer, ScanEvent } from './progress-api-types.ts';

export interface ProgressQueryApiDeps extends Pick<ServiceCall, 'enter'> {
  db: Db;
  transactions: TransactionStore;
  /** Key of the sealed case cache (boot derives it from the store key); default per process. */
  cacheKey: Buffer;
  /** Whether the hub can be asked now: offline, nobody waits for a timeout. */
  online: () => boolean;
  /** The visit under way, if any (progressNotice needs no catalog entry). */
  session: () => Session | null;
  onNotice: (count: number) => void;
  log: (line: string) => void;
}

/** What a resident reads when the scanner read something that is not one of our receipts. */
export const NOT_OUR_CODE = said('cases.notOurCode');

export function createProgressQueryApi(deps: ProgressQueryApiDeps) {
  let link: CasesLink | null = null;
  const progress = createProgressService({
    cache: createCaseCache(deps.db, deps.cacheKey),
    local: createLocalCases(deps.db, deps.transactions),
    link: () => (deps.online() ? link : null),
    log: deps.log,
  });
  const api = {
    async myCases(): Promise<ProgressAnswer> {
      return progress.myCases(deps.enter().session);
    },
    async lookupCase({ caseNumber, queryCode }: { caseNumber: string; queryCode: string | null }): Promise<ProgressAnswer> {
      return progress.lookupCase(deps.enter().session, caseNumber, queryCode);
    },
    async progressNotice(): Promise<{ count: number | null }> {
      const session = deps.session();
      return { count: session ? progress.notice(session) : null };
    },
  };
  return {
    api,
    seenCases: progress.seenCases,
    connect(next: CasesLink) {
      link = next;
    },
    /** A card started a visit: count new results in the background; the greeting shows them when they come. */
    identified(session: Session) {
      progress
        .countNew(session)
        .then((count) => {
          if (count !== null && deps.session() === session) deps.onNotice(count);
        })
        .catch((err: Error) => deps.log(`progress notice failed: ${err.name}`));
    },
    /** A scanned line: one of our receipts' QR codes, or a plain "not ours". */
    scanned(text: string): ScanEvent {
      const parsed = parseCaseProgressUrl(text);
      return parsed ? { kind: 'case', ...parsed } : { kind: 'unknown', ...NOT_OUR_CODE };
    },
  };
}
