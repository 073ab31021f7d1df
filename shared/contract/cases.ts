// 办件 (cases): what the kiosk and the hub agree on for 事项办理 (applications), 诉求反映 (demands),
// 办件进度查询 (progress) and 服务评价 (ratings). One module both sides import, so a case number made
// offline at a kiosk is checked by the same code at the hub, and a status the hub sets is one the
// kiosk knows how to show. No Node imports: the renderer bundles it too.
import { z } from 'zod';
import { LOCALES } from '../locales.ts';
import { attachmentManifestSchema, signatureBindingSchema, signatureStrokesSchema } from './case-attachments.ts';

// ---- 办件编号 -------------------------------------------------------------------------------------
// Twelve digits, typed on a number pad: TTTT SSSSSSS C
//   TTTT     the terminal's number at its hub (1–9999, given at enrollment; 0000 before enrolling)
//   SSSSSSS  this terminal's own sequence (from 1, kept in its store; never reused)
//   C        a Damm check digit: it catches every single wrong digit and every swap of two
//            neighbouring digits, with no letter (ISO 7064's "X") that a number pad lacks.
// Unique across the fleet without asking central: no two enrolled terminals share a number.

const dammTable = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** The Damm check digit of a string of digits. */
export function dammDigit(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = dammTable[interim][ch.charCodeAt(0) - 48];
  return interim;
}

export const CASE_NUMBER_LENGTH = 12;
export const MAX_TERMINAL_NUMBER = 9999;
export const MAX_CASE_SEQUENCE = 9_999_999;

export function makeCaseNumber(terminalNumber: number, sequence: number): string {
  if (!Number.isInteger(terminalNumber) || terminalNumber < 0 || terminalNumber > MAX_TERMINAL_NUMBER)
    throw new RangeError(`terminal number ${terminalNumber} is outside 0–${MAX_TERMINAL_NUMBER}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_CASE_SEQUENCE)
    throw new RangeError(`case sequence ${sequence} is outside 1–${MAX_CASE_SEQUENCE}`);
  const body = String(terminalNumber).padStart(4, '0') + String(sequence).padStart(7, '0');
  return body + dammDigit(body);
}

export type CaseNumberCheck = { ok: true; caseNumber: string } | { ok: false; reason: 'length' | 'not-digits' | 'check-digit' };

/** Reads a typed or scanned case number: spaces and dashes are ignored; the check digit must hold. */
export function checkCaseNumber(input: string): CaseNumberCheck {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^[0-9]*$/.test(digits)) return { ok: false, reason: 'not-digits' };
  if (digits.length !== CASE_NUMBER_LENGTH) return { ok: false, reason: 'length' };
  if (dammDigit(digits) !== 0) return { ok: false, reason: 'check-digit' };
  return { ok: true, caseNumber: digits };
}

/** 0012 0000345 7 → "0012-0000345-7", the way screens and receipts print it. */
export function formatCaseNumber(caseNumber: string): string {
  return `${caseNumber.slice(0, 4)}-${caseNumber.slice(4, 11)}-${caseNumber.slice(11)}`;
}

export const caseNumberSchema = z.string().refine((s) => checkCaseNumber(s).ok, '办件编号 must be 12 digits whose last is the Damm check digit');

// ---- 查询码 -----------------------------------------------------------------------------------------
// Every case gets 8 random digits made at the kiosk (crypto.randomInt), not derived from anything:
// case numbers are sequential, so a number alone must never open what a clerk replied. Only
// sha256(code) leaves the kiosk. An anonymous demand's receipt prints the code (its only key); an
// identified resident's receipt carries it only inside the QR (the card is their key).
export const QUERY_CODE_LENGTH = 8;
export const queryCodeSchema = z.string().regex(/^[0-9]{8}$/, '查询码 must be 8 digits');

// ---- statuses ---------------------------------------------------------------------------------
export const caseStatuses = ['已接件', '已受理', '不予受理', '补正材料', '办理中', '特别程序', '已办结'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusSchema = z.enum(caseStatuses);

/** Where a case may go from each status. A case starts at 已接件 when the hub first stores it. */
export const caseTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  已接件: ['已受理', '不予受理', '补正材料'],
  补正材料: ['已受理', '不予受理'],
  已受理: ['办理中', '特别程序', '已办结'],
  办理中: ['特别程序', '已办结'],
  特别程序: ['办理中', '已办结'],
  不予受理: [],
  已办结: [],
};

/** A status a clerk's reply is required with: the resident must learn why. */
export const statusesNeedingReply: readonly CaseStatus[] = ['不予受理', '补正材料', '已办结'];

export interface CaseStep {
  status: CaseStatus;
  at: string;
  /** The clerk's reply, written for the resident; null when none was given. */
  reply: string | null;
}

/** A case as a kiosk shows it: nothing personal beyond what the resident typed about the matter. */
export interface CaseView {
  caseNumber: string;
  kind: 'application' | 'demand';
  /** The application item's name, or the demand's category (投诉, 建议…). */
  title: string;
  status: CaseStatus;
  steps: CaseStep[];
  submittedAt: string;
}

// ---- transactions (kiosk → hub through /v1/transactions/batch) ----------------------------------
export const APPLICATION_KIND = 'application';
export const DEMAND_KIND = 'demand';
export const RATING_KIND = 'rating';

export const fieldValueSchema = z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(200)).max(50)]);

/**
 * payload.data of an `application` transaction. The form's answers and the ID card fields are
 * personal: they travel in payload.personal (sealed at rest on the kiosk, as every transaction's).
 */
export const queryCodeHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 of the 查询码, hex');

export const applicationDataSchema = z.strictObject({
  caseNumber: caseNumberSchema,
  queryCodeHash: queryCodeHashSchema,
  itemId: z.string().min(1).max(100),
  itemName: z.string().min(1).max(200),
  /** Issue 24: the pages and signature that follow the case in chunks (absent: none captured). */
  attachments: attachmentManifestSchema.optional(),
  signature: signatureBindingSchema.optional(),
  /** The resident chose to bring the materials to a counter (no camera, or by choice). */
  materialsAtCounter: z.boolean().optional(),
});
/**
 * SMS notices (issue 26): the mobile number a resident ticked "tell me by SMS" with, and the
 * kiosk's language then (the notice's template). Absent: no notices. Personal, like the rest.
 */
export const smsNoticeSchema = z.strictObject({
  phone: z.string().regex(/^1[3-9][0-9]{9}$/, 'a mainland mobile number, 11 digits'),
  language: z.enum(LOCALES),
});
export type SmsNoticeOptIn = z.infer<typeof smsNoticeSchema>;

export const applicationPersonalSchema = z.strictObject({
  idNumber: z.string().max(18).nullable(),
  fields: z.record(z.string().max(100), fieldValueSchema),
  smsNotice: smsNoticeSchema.optional(),
  /** Issue 24: the signature's pen strokes, with which the hub checks its seal. */
  signatureStrokes: signatureStrokesSchema.optional(),
});

export const demandCategories = ['咨询', '求助', '投诉', '举报', '建议', '表扬'] as const;
export const demandCategorySchema = z.enum(demandCategories);

export const demandDataSchema = z.strictObject({
  caseNumber: caseNumberSchema,
  category: demandCategorySchema,
  /** A site id from the kiosk's configured site list, or null when the resident typed the place. */
  siteId: z.string().max(100).nullable(),
  anonymous: z.boolean(),
  queryCodeHash: queryCodeHashSchema,
});
export const demandPersonalSchema = z.strictObject({
  /** null when anonymous. */
  idNumber: z.string().max(18).nullable(),
  description: z.string().min(1).max(1000),
  placeText: z.string().max(200).nullable(),
  callbackPhone: z.string().regex(/^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$/).nullable(),
  smsNotice: smsNoticeSchema.optional(),
});

/** What a rating rates: a transaction of this session, a case by number, or a counter visit by ticket. */
export const ratingTargetSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('transaction'), transactionId: z.string().min(1).max(100) }),
  z.strictObject({ type: z.literal('case'), caseNumber: caseNumberSchema }),
  z.strictObject({ type: z.literal('ticket'), ticketNumber: z.string().min(1).max(20), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
]);
export type RatingTarget = z.infer<typeof ratingTargetSchema>;

/** Why a resident was dissatisfied: required for levels 1 and 2 (不满意, 非常不满意). */
export const badRatingReasons = ['办事效率低', '服务态度差', '办事流程繁琐', '材料要求不清楚', '多次跑动', '等候时间长', '结果不满意', '其他'] as const;
export const badRatingReasonSchema = z.enum(badRatingReasons);
export const levelsNeedingReason = [1, 2] as const;

/**
 * payload.data of a `rating` transaction. Ratings before this contract carried only
 * `ratesTransactionId` (a ticket rated after taking it); the hub still accepts those.
 * A bad rating may give several reasons (issue 21): `reasons`, each once, in the order chosen, and
 * `reason` its first, so a reader of the one-reason records (made before) still finds one.
 */
export const ratingDataSchema = z
  .strictObject({
    target: ratingTargetSchema,
    level: z.number().int().min(1).max(5),
    label: z.string(),
    reason: badRatingReasonSchema.nullable(),
    /** Absent in records made before several reasons could be chosen: then `reason` is the only one. */
    reasons: z.array(badRatingReasonSchema).min(1).max(badRatingReasons.length).optional(),
  })
  .refine((d) => !(levelsNeedingReason as readonly number[]).includes(d.level) || d.reason !== null, {
    message: '不满意 and 非常不满意 need a reason',
    path: ['reason'],
  })
  .refine((d) => !d.reasons || (d.reasons[0] === d.reason && new Set(d.reasons).size === d.reasons.length), {
    message: 'reasons: each once, the first one also as reason',
    path: ['reasons'],
  });
export type RatingData = z.infer<typeof ratingDataSchema>;

/** Every reason of a rating, old (one `reason`) or new (`reasons`). */
export function ratingReasonsOf(data: Pick<RatingData, 'reason' | 'reasons'>): string[] {
  return data.reasons ?? (data.reason !== null ? [data.reason] : []);
}
/** The optional words with a rating are personal (typed by the resident). */
export const ratingPersonalSchema = z.strictObject({ reasonText: z.string().max(500).nullable() });

export const ratingFollowUpStates = ['待整改', '整改中', '已整改', '无需整改'] as const;
export type RatingFollowUpState = (typeof ratingFollowUpStates)[number];

// ---- the receipt's QR -------------------------------------------------------------------------
// The QR leads to the case's progress: a URL at the hub (`central.publicUrl`, or the central url)
// that a phone can open and that the kiosk's barcode scanner reads back.
export function caseProgressUrl(base: string, caseNumber: string, queryCode: string): string {
  return `${base.replace(/\/+$/, '')}/progress/${caseNumber}?code=${queryCode}`;
}

/** A scanned line → the case it names, or null when it is not one of our receipts' QR codes. */
export function parseCaseProgressUrl(text: string): { caseNumber: string; queryCode: string } | null {
  const m = /\/progress\/([0-9]{12})\?code=([0-9]{8})\s*$/.exec(text.trim());
  if (!m || !checkCaseNumber(m[1]).ok) return null;
  return { caseNumber: m[1], queryCode: m[2] };
}

// ---- kiosk → hub lookups (POST /v1/cases/lookup, signed by the terminal like every kiosk call) ----
// by resident: every non-anonymous case of this ID number, replies included (the card is the key).
// by number without a code: statuses and times only (repliesHidden); an anonymous case is refused
//   with `needs-query-code`. by number with the right code: everything.
// markSeen: the progress screen sets it; the greeting's "您有 N 件办理结果" does not.
export const caseLookupRequestSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('resident'), idNumber: z.string().regex(/^[0-9]{17}[0-9Xx]$/), markSeen: z.boolean() }),
  z.strictObject({ by: z.literal('number'), caseNumber: caseNumberSchema, queryCode: queryCodeSchema.nullable() }),
]);
export type CaseLookupRequest = z.infer<typeof caseLookupRequestSchema>;

export interface CaseLookupResponse {
  cases: (CaseView & { repliesHidden: boolean; /** a step newer than this resident's last look */ newForResident: boolean })[];
  checkedAt: string;
}
