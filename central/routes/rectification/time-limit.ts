// How long a site has to rectify a bad rating: a hub setting, CENTRAL_RECTIFICATION_WORKING_DAYS.
// No national figure was found (../shared/reference/resident-services.md §3); the published local
// rules give 15 个工作日 (a city in 四川), 7 days (then the rater scores the fix) and 5 个工作日
// with every named 差评 called back (德州). The default is the strictest, 5 working days: it
// matches the 5 working days the hub already gives a demand, so a resident waits no longer for a
// rating's answer than for a complaint's, and a county with a longer rule sets its own figure.
// The clock starts the day the hub receives the rating (the site cannot act before) and the due
// day is fixed then, so it can be filtered and counted in SQL.
import { addWorkingDays, dayOf, WEEKENDS_ONLY, type WorkingCalendar } from '../workbench/working-days.ts';

export const RECTIFICATION_DAYS_ENV = 'CENTRAL_RECTIFICATION_WORKING_DAYS';
export const DEFAULT_RECTIFICATION_WORKING_DAYS = 5;
/** Beyond two months of working days a 整改 is no longer a follow-up: almost certainly a typo. */
const MAX_RECTIFICATION_WORKING_DAYS = 40;

export function rectificationDaysProblem(value: unknown): string {
  return `${RECTIFICATION_DAYS_ENV} must be a whole number of working days from 1 to ${MAX_RECTIFICATION_WORKING_DAYS}, not "${String(value)}"`;
}

export function isRectificationDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= MAX_RECTIFICATION_WORKING_DAYS;
}

/** The figure the environment names (default 5); throws the message above for a bad one. */
export function hubRectificationDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[RECTIFICATION_DAYS_ENV];
  if (raw === undefined || raw === '') return DEFAULT_RECTIFICATION_WORKING_DAYS;
  const days = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!isRectificationDays(days)) throw new Error(rectificationDaysProblem(raw));
  return days;
}

/** The last working day of a rectification opened at `openedAt`. */
export function rectificationDueDay(openedAt: string, workingDays: number, timeZone: string, calendar: WorkingCalendar = WEEKENDS_ONLY): string {
  return addWorkingDays(dayOf(openedAt, timeZone), workingDays, calendar);
}
