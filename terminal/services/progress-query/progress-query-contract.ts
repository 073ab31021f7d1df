// 办件进度查询's part of the KioskApi contract: request schemas (spread into api.ts's
// requestSchemas) and the answers. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { CaseView } from '../../../shared/contract/cases.ts';
import type { Say } from '../../says/say.ts';

export const progressRequestSchemas = {
  /** The identified resident's applications and demands (the ID number is the session's, never sent by the UI). */
  myCases: z.strictObject({}),
  /** One case by its 办件编号, with its 查询码 when the resident has it (typed, or from the receipt's QR). */
  lookupCase: z.strictObject({ caseNumber: z.string().max(40), queryCode: z.string().max(20).nullable() }),
  /** "您有 N 件办理结果": null while unknown (still asking, offline, no ID card). */
  progressNotice: z.strictObject({}),
} as const;

export interface ProgressCase extends CaseView {
  /** The hub gave statuses and times only (looked up by number without the 查询码). */
  repliesHidden: boolean;
  /** A step newer than this resident's last look. */
  isNew: boolean;
  /** Recorded at this kiosk and not yet delivered to the hub: 已接件 (待上报). */
  pendingUpload: boolean;
}

export type ProgressAnswer =
  | {
      ok: true;
      /** Newest first. */
      cases: ProgressCase[];
      /** live: the hub answered now; last-known: the kiosk's copy from `asOf`; local: only what this kiosk recorded. */
      source: 'live' | 'last-known' | 'local';
      /** last-known: when the hub last answered (the screen says "截至 …"); otherwise null. */
      asOf: string | null;
    }
  /** `message` in Chinese; `say` shows it in the resident's language (renderer/i18n/said.ts). */
  | { ok: false; reason: 'needs-query-code' | 'not-found'; message: string; say?: Say };

/** What the barcode scanner read: one of our receipts' QR codes, or something else. */
export type ScanEvent = { kind: 'case'; caseNumber: string; queryCode: string } | { kind: 'unknown'; message: string; say?: Say };
