// 办件 time limits (issue 23, ../shared/reference/resident-services.md):
// - 已接件: the clerk must take it in, refuse it or ask for 补正 within 5 working days
//   ("补正: 当场或五日内一次性告知").
// - 补正材料: the resident holds the clock; nothing is due from the clerk until they return.
// - 已受理 / 办理中: an application's 承诺时限 from its 办事指南 (即办: the same day; N 个工作日),
//   a demand's 5 working days (山东 12345: 5 个工作日), counted from the day it was taken in.
// - 特别程序 pauses the clock ("特殊环节…是否计入法定时限"): its working days are added back.
// A case is due at the end of its last working day, on the hub's clock.
import type { CaseStatus, CaseStep } from '../../../shared/contract/cases.ts';
import type { TimeLimit } from '../../../shared/contract/info-documents.ts';
import { addWorkingDays, dayOf, WEEKENDS_ONLY, workingDaysBetween, type WorkingCalendar } from './working-days.ts';

export const INTAKE_WORKING_DAYS = 5;
export const DEMAND_WORKING_DAYS = 5;
/** A case due within this many working days is "nearly due" and rises to the top of the queue. */
export const NEARLY_DUE_WORKING_DAYS = 1;

export type Clock =
  | { state: 'running'; phase: 'intake' | 'handling'; dueDay: string; remainingWorkingDays: number; overdue: boolean; nearlyDue: boolean }
  | { state: 'paused'; why: '补正材料' | '特别程序' }
  | { state: 'stopped' };

export interface ClockInput {
  kind: 'application' | 'demand';
  status: CaseStatus;
  submittedAt: string;
  steps: CaseStep[];
  /** The application item's 承诺时限, when its 办事指南 is published; null falls back to 法定 default. */
  promised: TimeLimit | null;
}

/** Default for an application whose guide is not (or no longer) published. */
export const UNKNOWN_ITEM_WORKING_DAYS = 20;

function limitDays(input: ClockInput): number {
  if (input.kind === 'demand') return DEMAND_WORKING_DAYS;
  if (input.promised === '即办') return 0;
  return input.promised ?? UNKNOWN_ITEM_WORKING_DAYS;
}

/** Working days spent in 特别程序 after `since` (each span from entering to leaving it). */
function pausedWorkingDays(steps: CaseStep[], timeZone: string, today: string, calendar: WorkingCalendar): number {
  let paused = 0;
  let enteredAt: string | null = null;
  for (const step of steps) {
    if (step.status === '特别程序') enteredAt ??= dayOf(step.at, timeZone);
    else if (enteredAt) {
      paused += workingDaysBetween(enteredAt, dayOf(step.at, timeZone), calendar);
      enteredAt = null;
    }
  }
  if (enteredAt) paused += workingDaysBetween(enteredAt, today, calendar);
  return paused;
}

/** `calendar`: the loaded holidays (holiday-store.ts); left out, only weekends are off. */
export function clockOf(input: ClockInput, now: number, timeZone: string, calendar: WorkingCalendar = WEEKENDS_ONLY): Clock {
  const today = dayOf(new Date(now).toISOString(), timeZone);
  if (input.status === '已办结' || input.status === '不予受理') return { state: 'stopped' };
  if (input.status === '补正材料' || input.status === '特别程序') return { state: 'paused', why: input.status };
  let phase: 'intake' | 'handling';
  let dueDay: string;
  if (input.status === '已接件') {
    phase = 'intake';
    dueDay = addWorkingDays(dayOf(input.submittedAt, timeZone), INTAKE_WORKING_DAYS, calendar);
  } else {
    phase = 'handling';
    const acceptedAt = [...input.steps].reverse().find((s) => s.status === '已受理')?.at ?? input.submittedAt;
    dueDay = addWorkingDays(dayOf(acceptedAt, timeZone), limitDays(input) + pausedWorkingDays(input.steps, timeZone, today, calendar), calendar);
  }
  const overdue = today > dueDay;
  const remainingWorkingDays = overdue ? -workingDaysBetween(dueDay, today, calendar) : workingDaysBetween(today, dueDay, calendar);
  return { state: 'running', phase, dueDay, remainingWorkingDays, overdue, nearlyDue: !overdue && remainingWorkingDays <= NEARLY_DUE_WORKING_DAYS };
}

/** Queue order: overdue first (most overdue on top), then nearly due, then the rest by due day; paused and closed last. */
export function urgency(clock: Clock): number {
  if (clock.state !== 'running') return clock.state === 'paused' ? 1e6 : 2e6;
  return clock.remainingWorkingDays;
}
