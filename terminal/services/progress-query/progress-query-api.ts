// 办件进度查询's part of KioskApi and its hooks into the core: the greeting's background count when
// a card is read, and what the barcode scanner read. terminal.ts spreads `api` into KioskApi.
import type { Db } from '../../store/open-store.ts';
import type { TransactionStore } from '../../store/transactions.ts';
import type { Session } from '../../session.ts';
import type { ServiceCall } from '../visit.ts';
import { parseCaseProgressUrl } from '../../../shared/contract/cases.ts';
import { createCaseCache } from './case-cache.ts';
import type { CasesLink } from './cases-link.ts';
import { createLocalCases } from './local-cases.ts';
import { createProgressService } from './progress-service.ts';
import { createNoticeCache } from './notice-cache.ts';
import { createNoticeWatch } from './notice-watch.ts';
import type { Clock } from '../../clock.ts';
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
  /** The core's clock: the greeting's count is asked again on it while the visit lasts. */
  clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>;
  now: () => Date;
}

/** What a resident reads when the scanner read something that is not one of our receipts. */
export const NOT_OUR_CODE = said('cases.notOurCode');

export function createProgressQueryApi(deps: ProgressQueryApiDeps) {
  let link: CasesLink | null = null;
  let background: CasesLink | null = null;
  const progress = createProgressService({
    cache: createCaseCache(deps.db, deps.cacheKey),
    local: createLocalCases(deps.db, deps.transactions),
    link: () => (deps.online() ? link : null),
    background: () => (deps.online() ? background : null),
    noticeCache: createNoticeCache(deps.db, deps.cacheKey, deps.now),
    log: deps.log,
  });
  const noticeWatch = createNoticeWatch<Session>({
    clock: deps.clock,
    ask: (session) => progress.countNew(session),
    onCount: (session, count) => {
      if (deps.session() === session) deps.onNotice(count);
    },
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
    connect(next: CasesLink, nextBackground: CasesLink = next) {
      link = next;
      background = nextBackground;
    },
    /**
     * A card started a visit: the greeting says at once what was last counted for this resident,
     * and again when the hub answers (asked in the background, again while the visit lasts).
     */
    identified(session: Session) {
      const cached = progress.recallNotice(session);
      if (cached !== null) deps.onNotice(cached);
      noticeWatch.start(session);
    },
    /** The visit under way changed or ended: the count is no longer asked for the one before. */
    visitChanged: noticeWatch.visitChanged,
    /** A scanned line: one of our receipts' QR codes, or a plain "not ours". */
    scanned(text: string): ScanEvent {
      const parsed = parseCaseProgressUrl(text);
      return parsed ? { kind: 'case', ...parsed } : { kind: 'unknown', ...NOT_OUR_CODE };
    },
  };
}
