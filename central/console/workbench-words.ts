// How the workbench words roles, actions and time limits, in Chinese (the console's language for
// clerks; the fleet pages keep their English until the console's catalogs arrive, issue 23).
import type { CaseStatus } from '../../shared/contract/cases.ts';
import type { Role } from '../accounts/roles.ts';
import type { Clock } from '../routes/workbench/time-limits.ts';

export const roleNames: Record<Role, string> = { admin: '管理员', supervisor: '督办员', clerk: '办事员', auditor: '审计员' };

/** The button that moves a case to each status: what the clerk does, not the status it ends in. */
export const actionNames: Record<CaseStatus, string> = {
  已接件: '接件',
  已受理: '受理',
  补正材料: '补正材料',
  不予受理: '不予受理',
  办理中: '办理中',
  特别程序: '特别程序',
  已办结: '办结',
};

export const kindNames = { application: '事项办理', demand: '诉求反映' } as const;

/** 剩余 3 个工作日 / 超期 2 个工作日 / 暂停（补正材料）/ — */
export function clockText(clock: Clock): string {
  if (clock.state === 'stopped') return '—';
  if (clock.state === 'paused') return `暂停（${clock.why === '补正材料' ? '等待补正' : '特别程序'}）`;
  if (clock.overdue) return `超期 ${-clock.remainingWorkingDays} 个工作日`;
  if (clock.remainingWorkingDays === 0) return '今日到期';
  return `剩余 ${clock.remainingWorkingDays} 个工作日`;
}

export function clockClass(clock: Clock): string {
  if (clock.state !== 'running') return 'clock';
  return clock.overdue ? 'clock overdue' : clock.nearlyDue ? 'clock nearly-due' : 'clock';
}
