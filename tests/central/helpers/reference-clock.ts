// The workbench's clock as the hub counted it in JavaScript before the database kept each case's
// due day (hub migration 22, central/routes/workbench/due-days.ts): the rules of time-limits.ts
// step by step, from the case's steps, its item's 承诺时限 and the loaded calendar. Kept as an
// independent oracle: the due-days suite checks the stored day against it case by case.
import type { CaseStatus, CaseStep } from '../../../shared/contract/cases.ts';
import type { TimeLimit } from '../../../shared/contract/info-documents.ts';
import { DEMAND_WORKING_DAYS, INTAKE_WORKING_DAYS, NEARLY_DUE_WORKING_DAYS, UNKNOWN_ITEM_WORKING_DAYS, type Clock } from '../../../central/routes/workbench/time-limits.ts';
import { addWorkingDays, dayOf, workingDaysBetween, type WorkingCalendar } from '../../../central/routes/workbench/working-days.ts';

export interface ReferenceClockInput {
  kind: 'application' | 'demand';
  status: CaseStatus;
  submittedAt: string;
  steps: CaseStep[];
  /** The item's 承诺时限 in the published guides; null: not published (20 working days). */
  promised: TimeLimit | null;
}

function limitDays(input: ReferenceClockInput): number {
  if (input.kind === 'demand') return DEMAND_WORKING_DAYS;
  if (input.promised === '即办') return 0;
  return input.promised ?? UNKNOWN_ITEM_WORKING_DAYS;
}

/** Working days spent in 特别程序 (each span from entering to leaving it). */
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

export function referenceClock(input: ReferenceClockInput, now: number, timeZone: string, calendar: WorkingCalendar): Clock {
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
