// 政务信息查询's part of the KioskApi contract (issue 9): request schemas (spread into api.ts's
// requestSchemas) and the views the screens get. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { Guide, GuideCategory, Notice } from '../../../shared/contract/info-documents.ts';
import type { PrintReport } from '../../print-report.ts';
import type { Say } from '../../says/say.ts';
import { requestId } from '../slice.ts';

export const infoQueryRequestSchemas = {
  infoOverview: z.strictObject({}),
  searchGuides: z.strictObject({ query: z.string().max(40), categoryId: requestId.optional() }),
  getGuide: z.strictObject({ guideId: requestId }),
  printGuide: z.strictObject({ guideId: requestId }),
  listNotices: z.strictObject({}),
} as const;

export interface GuideCategoryView {
  id: string;
  name: string;
  i18n?: GuideCategory['i18n'];
  /** Guides in this category. */
  count: number;
}

export interface InfoOverview {
  categories: GuideCategoryView[];
  guideCount: number;
  /** Notices showing right now (published, not yet expired). */
  noticeCount: number;
}

export interface GuideSummary {
  id: string;
  name: string;
  department: string;
  /** Only the name's translations: the list shows no more. */
  i18n?: Partial<Record<keyof NonNullable<Guide['i18n']>, { name?: string }>>;
}

export interface GuideView extends Guide {
  legalTimeLimitText: string;
  promisedTimeLimitText: string;
  /** The two texts by their ids in the says catalog, for the resident's language. */
  legalTimeLimitSay?: Say;
  promisedTimeLimitSay?: Say;
}

export interface NoticeView {
  id: string;
  title: string;
  text: string;
  issuer: string | null;
  publishedAt: string;
  expiresAt: string;
  i18n?: Notice['i18n'];
}

export interface GuidePrint {
  transactionId: string;
  print: PrintReport;
}
