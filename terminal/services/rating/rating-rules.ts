// The rules of 好差评 that need no store: levels and their words, the reason 不满意 and 非常不满意
// require, the ticket a counter visit is named by, and the key "one rating per item" is kept under.
import { said } from '../../says/say.ts';
import { KioskError } from '../../kiosk-error.ts';
import { ratingLevels } from '../../rating-levels.ts';
import { badRatingReasons, checkCaseNumber, levelsNeedingReason, type RatingTarget } from '../../../shared/contract/cases.ts';
import type { StoredTransaction } from '../../store/transactions.ts';
import { shiftDay, zonedDay } from '../../../config/zoned-time.ts';

/** A counter visit can be rated for this many days (广东's rule: unrated after 7 natural days counts as 基本满意). */
export const RATING_WINDOW_DAYS = 7;

export type BadReason = (typeof badRatingReasons)[number];

export interface CheckedRating {
  level: number;
  label: string;
  /** Each once, in the order chosen; empty for 基本满意 and better. */
  reasons: BadReason[];
  reasonText: string | null;
}

/** Level, reasons and text as the contract wants them, or a KioskError a resident can act on. */
export function checkRating(level: number, reasons: readonly string[], reasonText: string | null): CheckedRating {
  const found = ratingLevels.find((r) => r.level === level);
  if (!found) throw new KioskError('bad-request', said('cases.chooseRatingLevel'));
  const needsReason = (levelsNeedingReason as readonly number[]).includes(level);
  const text = reasonText?.trim() ? reasonText.trim() : null;
  if (reasons.some((r) => !(badRatingReasons as readonly string[]).includes(r))) throw new KioskError('bad-request', said('cases.ratingReasonNotListed'));
  if (needsReason && reasons.length === 0) throw new KioskError('bad-request', said('cases.ratingReasonNeeded', { level }));
  // A reason belongs to a bad rating only: a 满意 with "服务态度差" would be counted wrongly.
  if (!needsReason && (reasons.length > 0 || text !== null)) throw new KioskError('bad-request', said('cases.ratingReasonOnlyForBad'));
  return { level, label: found.label, reasons: [...new Set(reasons)] as BadReason[], reasonText: text };
}

/** What a caller sent, as a list: `reasons`, or the one `reason` of screens before issue 21. */
export function askedReasons(p: { reasons?: readonly string[]; reason?: string | null }): string[] {
  return p.reasons ? [...p.reasons] : p.reason ? [p.reason] : [];
}

/** A typed ticket: one capital letter and three digits (A003), on a day within the rating window. */
export function checkTicketTarget(ticketNumber: string, date: string, now: Date, timeZone: string): { ticketNumber: string; date: string } {
  const number = ticketNumber.trim().toUpperCase();
  if (!/^[A-Z][0-9]{3}$/.test(number)) throw new KioskError('bad-request', said('cases.ticketNumberInvalid'));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new KioskError('bad-request', said('cases.ticketDateInvalid'));
  // The window is counted in the site's days, the days its tickets were numbered in.
  const today = zonedDay(now, timeZone);
  const days: string[] = [];
  for (let i = 0; i < RATING_WINDOW_DAYS; i++) days.push(shiftDay(today, -i));
  if (!days.includes(date)) throw new KioskError('bad-request', said('cases.ticketDateTooOld', { days: RATING_WINDOW_DAYS }));
  return { ticketNumber: number, date };
}

export function checkCaseTarget(caseNumber: string): string {
  const check = checkCaseNumber(caseNumber);
  if (!check.ok) throw new KioskError('bad-request', said('cases.caseNumberWrong'));
  return check.caseNumber;
}

/**
 * The key one rating per item is kept under. The same thing reached two ways gets one key: a
 * ticket rated right after taking it and again later by its number, or an application rated from
 * this visit and again from the case list.
 */
export function targetKey(target: RatingTarget, rated: StoredTransaction | null, timeZone: string): string {
  if (target.type === 'case') return `case:${target.caseNumber}`;
  if (target.type === 'ticket') return `ticket:${target.ticketNumber}:${target.date}`;
  const data = rated?.data ?? {};
  if (rated?.kind === 'queue-ticket' && typeof data.ticketNumber === 'string') return `ticket:${data.ticketNumber}:${zonedDay(new Date(rated.occurredAt), timeZone)}`;
  if ((rated?.kind === 'application' || rated?.kind === 'demand') && typeof data.caseNumber === 'string') return `case:${data.caseNumber}`;
  return `transaction:${target.transactionId}`;
}
