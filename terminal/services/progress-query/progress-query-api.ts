// 办件进度查询's slice of KioskApi and its hooks into the core: the greeting's background count when
// a card is read, and the barcode scanner's lines. terminal.ts spreads `api` into KioskApi;
// api.ts reads the answers' types off this builder.
import { randomBytes } from 'node:crypto';
import type { Session } from '../../session.ts';
import type { ServiceContext } from '../service-context.ts';
import type { SliceMethods } from '../slice.ts';
import { parseCaseProgressUrl } from '../../../shared/contract/cases.ts';
import { createCaseCache } from './case-cache.ts';
import { createLocalCases } from './local-cases.ts';
import { createProgressService } from './progress-service.ts';
import { createNoticeCache } from './notice-cache.ts';
import { createNoticeWatch } from './notice-watch.ts';
import { said } from '../../says/say.ts';
import { progressRequestSchemas, type ScanEvent } from './progress-query-contract.ts';
import { attachScanner, type ScannerInputDeps } from './scanner-input.ts';
import type { CardReaderDevice } from '../../../drivers/types.ts';

/** What a resident reads when the scanner read something that is not one of our receipts. */
export const NOT_OUR_CODE = said('cases.notOurCode');

/** A scanned line: one of our receipts' QR codes, or a plain "not ours". */
function scanned(text: string): ScanEvent {
  const parsed = parseCaseProgressUrl(text);
  return parsed ? { kind: 'case', ...parsed } : { kind: 'unknown', ...NOT_OUR_CODE };
}

/** `cacheKey`: key of the sealed case cache (boot derives it from the store key); default per process. */
export function createProgressQueryApi(ctx: ServiceContext, cacheKey: Buffer = randomBytes(32)) {
  const enter = () => ctx.enter('progress-query', said('core.notOfferedProgressQuery'));
  const onNotice = (count: number) => ctx.emit('progressNotice', { count });
  const progress = createProgressService({
    cache: createCaseCache(ctx.db, cacheKey),
    local: createLocalCases(ctx.db, ctx.transactions),
    link: () => (ctx.online() ? (ctx.hub()?.cases.asked ?? null) : null),
    background: () => (ctx.online() ? (ctx.hub()?.cases.background ?? null) : null),
    noticeCache: createNoticeCache(ctx.db, cacheKey, ctx.now),
    log: ctx.log,
  });
  const noticeWatch = createNoticeWatch<Session>({
    clock: ctx.clock,
    ask: (session) => progress.countNew(session),
    onCount: (session, count) => {
      if (ctx.current() === session) onNotice(count);
    },
    log: ctx.log,
  });
  const api = {
    async myCases() {
      return progress.myCases(enter().session);
    },
    async lookupCase({ caseNumber, queryCode }) {
      return progress.lookupCase(enter().session, caseNumber, queryCode);
    },
    // Needs no catalog entry: the greeting asks it, not a service's screen.
    async progressNotice(): Promise<{ count: number | null }> {
      const session = ctx.current();
      return { count: session ? progress.notice(session) : null };
    },
  } satisfies SliceMethods<typeof progressRequestSchemas>;
  return {
    api,
    seenCases: progress.seenCases,
    /**
     * A card started a visit: the greeting says at once what was last counted for this resident,
     * and again when the hub answers (asked in the background, again while the visit lasts).
     */
    identified(session: Session) {
      const cached = progress.recallNotice(session);
      if (cached !== null) onNotice(cached);
      noticeWatch.start(session);
    },
    /** The visit under way changed or ended: the count is no longer asked for the one before. */
    visitChanged: noticeWatch.visitChanged,
    /** Listens to the barcode scanner: a receipt's QR opens its case (scanner-input.ts); returns the function that stops. */
    listenToScanner(scanner: CardReaderDevice, core: Pick<ScannerInputDeps, 'technicianActive' | 'closed' | 'startVisit'>): () => void {
      return attachScanner({
        ...core,
        scanner,
        scanned,
        visitOn: () => ctx.current() !== null,
        activity: ctx.activity,
        onCase: (scan) => ctx.emit('scan', scan),
        onRefused: (message, say) => ctx.emit('cardRefused', say ? { message, say } : { message }),
        notOurs: NOT_OUR_CODE,
      });
    },
  };
}

export type ProgressQueryApi = ReturnType<typeof createProgressQueryApi>['api'];
