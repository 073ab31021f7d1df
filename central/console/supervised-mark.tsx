// The 督办 mark on a case, in the queue and on its page: pressed, pressed by a day, or past that day
// (then it reads as overdue, as the queue ranks it).
import type { WorkbenchCaseSummary } from '../routes/workbench/workbench-types.ts';
import { word } from './audit-words.ts';

export function SupervisedMark({ supervised }: { supervised: NonNullable<WorkbenchCaseSummary['supervised']> }) {
  const text = !supervised.dueDay ? word('supervisedMark') : word(supervised.overdue ? 'supervisedOverdue' : 'supervisedDue', { day: supervised.dueDay });
  return <strong class={supervised.overdue ? 'supervised-mark overdue' : 'supervised-mark'}>{text}</strong>;
}
