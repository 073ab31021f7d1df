// 政务信息查询 behind KioskApi: overview, search, one guide, its checklist on paper, notices.
// Printing a guide is recorded as an `info-print` transaction (which guide, which version; nothing
// about the reader), because a print job belongs to a transaction and central counts what is used.
import { KioskError } from '../../kiosk-error.ts';
import type { GuidePrint, GuideSummary, GuideView, InfoOverview, NoticeView } from './info-query-contract.ts';
import type { Guide } from '../../../shared/contract/info-documents.ts';
import type { TransactionStore } from '../../store/transactions.ts';
import type { PrintSlip } from '../receipt-slip.ts';
import type { Session } from '../../session.ts';
import { describeTimeLimit, guideChecklistReceipt } from './guide-receipt.ts';
import type { InfoLibrary } from './info-library.ts';
import type { OutageReason } from '../../outage.ts';
import { said, type Said } from '../../says/say.ts';
import type { TimeLimit } from '../../../shared/contract/info-documents.ts';

/** A time limit for the screen in the resident's language (the paper keeps describeTimeLimit's Chinese). */
const timeLimitSay = (limit: TimeLimit): Said['say'] => (limit === '即办' ? said('core.timeLimitImmediate') : said('core.timeLimitWorkdays', { days: limit })).say;

export const MAX_SEARCH_RESULTS = 50;

export interface InfoServiceDeps {
  library: InfoLibrary;
  transactions: TransactionStore;
  printSlip: PrintSlip;
  site: () => { name: string; timeZone: string };
  now: () => Date;
  /** Why the receipt printer cannot print now, or null. */
  printerOutage: () => OutageReason | null;
}

const summaryOf = (g: Guide): GuideSummary => ({
  id: g.id,
  name: g.name,
  department: g.department,
  i18n: g.i18n && Object.fromEntries(Object.entries(g.i18n).map(([locale, texts]) => [locale, { name: texts?.name }])),
});

export function createInfoService(deps: InfoServiceDeps) {
  const find = (guideId: string): Guide => {
    const guide = deps.library.guide(guideId);
    if (!guide) throw new KioskError('not-found', said('core.guideNotFound'));
    return guide;
  };

  return {
    overview(): InfoOverview {
      return {
        categories: deps.library.categories(),
        guideCount: deps.library.guideCount(),
        noticeCount: deps.library.notices(deps.now()).length,
      };
    },
    search(query: string, categoryId: string | undefined): { guides: GuideSummary[]; total: number } {
      const found = deps.library.search(query, categoryId);
      return { guides: found.slice(0, MAX_SEARCH_RESULTS).map(summaryOf), total: found.length };
    },
    guide(guideId: string): GuideView {
      const guide = find(guideId);
      return {
        ...guide,
        legalTimeLimitText: describeTimeLimit(guide.legalTimeLimit),
        promisedTimeLimitText: describeTimeLimit(guide.promisedTimeLimit),
        legalTimeLimitSay: timeLimitSay(guide.legalTimeLimit),
        promisedTimeLimitSay: timeLimitSay(guide.promisedTimeLimit),
      };
    },
    notices(): NoticeView[] {
      return deps.library.notices(deps.now());
    },
    async print(session: Session, seq: number, serviceId: string, guideId: string): Promise<GuidePrint> {
      const guide = find(guideId);
      const reason = deps.printerOutage();
      if (reason) throw new KioskError('unavailable', said('core.outageGuidePrint', { reason }));
      const printedAt = deps.now();
      const version = deps.library.guidesVersion();
      const { transactionId, print } = await deps.printSlip(session, () => {
        const transactionId = deps.transactions.record({
          sessionId: session.id,
          seq,
          kind: 'info-print',
          serviceId,
          occurredAt: printedAt,
          data: { guideId: guide.id, guideName: guide.name, guidesVersion: version },
        });
        return { transactionId, receipt: guideChecklistReceipt({ siteName: deps.site().name, timeZone: deps.site().timeZone, guide, printedAt, version }) };
      });
      return { transactionId, print };
    },
  };
}

export type InfoService = ReturnType<typeof createInfoService>;
