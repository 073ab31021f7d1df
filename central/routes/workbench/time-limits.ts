// 办件 time limits (issue 23, ../shared/reference/resident-services.md):
// - 已接件: the clerk must take it in, refuse it or ask for 补正 within 5 working days
//   ("补正: 当场或五日内一次性告知").
// - 补正材料: the resident holds the clock; nothing is due from the clerk until they return.
// - 已受理 / 办理中: an application's 承诺时限 from its 办事指南 (即办: the same day; N 个工作日),
//   a demand's 5 working days (山东 12345: 5 个工作日), counted from the day it was taken in.
// - 特别程序 pauses the clock ("特殊环节…是否计入法定时限"): its working days are added back.
// A case is due at the end of its last working day, on the hub's clock. The database counts the
// due day (due-days.ts, the one place it is computed); this file says how the workbench reads it.
import type { CaseStatus } from '../../../shared/contract/cases.ts';
import { WEEKENDS_ONLY, workingDaysBetween, type WorkingCalendar } from './working-days.ts';

export const INTAKE_WORKING_DAYS = 5;
export const DEMAND_WORKING_DAYS = 5;
/** A case due within this many working days is "nearly due" and rises to the top of the queue. */
export const NEARLY_DUE_WORKING_DAYS = 1;

export type Clock =
  | { state: 'running'; phase: 'intake' | 'handling'; dueDay: string; remainingWorkingDays: number; overdue: boolean; nearlyDue: boolean }
  | { state: 'paused'; why: '补正材料' | '特别程序' }
  | { state: 'stopped' };

/** Default for an application whose guide is not (or no longer) published. */
export const UNKNOWN_ITEM_WORKING_DAYS = 20;

/**
 * A case's clock on `today` (the county's day), from its status and the due day the database keeps
 * for a running case (due-days.ts, which counts it by the rules above).
 */
export function clockOf(c: { status: CaseStatus; dueDay: string | null }, today: string, calendar: WorkingCalendar = WEEKENDS_ONLY): Clock {
  if (c.status === '已办结' || c.status === '不予受理') return { state: 'stopped' };
  if (c.status === '补正材料' || c.status === '特别程序') return { state: 'paused', why: c.status };
  const dueDay = c.dueDay;
  // Every running case has one (migration 22's trigger and backfill): a gap is a bug, not a state.
  if (dueDay === null) throw new Error(`a case at ${c.status} without a due day`);
  const overdue = today > dueDay;
  const remainingWorkingDays = overdue ? -workingDaysBetween(dueDay, today, calendar) : workingDaysBetween(today, dueDay, calendar);
  return { state: 'running', phase: c.status === '已接件' ? 'intake' : 'handling', dueDay, remainingWorkingDays, overdue, nearlyDue: !overdue && remainingWorkingDays <= NEARLY_DUE_WORKING_DAYS };
}

/** Queue order: overdue first (most overdue on top), then nearly due, then the rest by due day; paused and closed last. */
export function urgency(clock: Clock): number {
  if (clock.state !== 'running') return clock.state === 'paused' ? 1e6 : 2e6;
  return clock.remainingWorkingDays;
}
