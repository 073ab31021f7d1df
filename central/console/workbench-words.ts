// How the workbench words roles, statuses, actions and time limits, in Chinese and English; shared
// by the queue, the case page, the accounts page and the nav.
import type { CaseStatus } from '../../shared/contract/cases.ts';
import type { Role } from '../accounts/roles.ts';
import type { Clock } from '../routes/workbench/time-limits.ts';
import { words } from './i18n/words.ts';

export const workbenchWords = {
  'zh-CN': {
    role: '{role, select, admin {管理员} supervisor {督办员} clerk {办事员} auditor {审计员} other {{role}}}',
    // The statuses are the rules' own Chinese words: shown as they are.
    status: '{status}',
    /** The button that moves a case to each status: what the clerk does, not the status it ends in. */
    action: '{status, select, 已接件 {接件} 已受理 {受理} 已办结 {办结} other {{status}}}',
    kind: '{kind, select, application {事项办理} demand {诉求反映} other {{kind}}}',
    clockPaused: '暂停（{why, select, 补正材料 {等待补正} other {特别程序}}）',
    clockOverdue: '超期 {days} 个工作日',
    clockDueToday: '今日到期',
    clockLeft: '剩余 {days} 个工作日',
  },
  en: {
    role: '{role, select, admin {admin} supervisor {supervisor} clerk {clerk} auditor {auditor} other {{role}}}',
    status:
      '{status, select, 已接件 {received} 已受理 {accepted} 补正材料 {awaiting documents} 不予受理 {refused} 办理中 {in progress} 特别程序 {special procedure} 已办结 {closed} other {{status}}}',
    action:
      '{status, select, 已接件 {Receive} 已受理 {Accept} 补正材料 {Ask for documents} 不予受理 {Refuse} 办理中 {Start handling} 特别程序 {Special procedure} 已办结 {Close} other {{status}}}',
    kind: '{kind, select, application {application} demand {demand} other {{kind}}}',
    clockPaused: 'paused ({why, select, 补正材料 {awaiting documents} other {special procedure}})',
    clockOverdue: '{days, plural, one {# working day} other {# working days}} overdue',
    clockDueToday: 'due today',
    clockLeft: '{days, plural, one {# working day} other {# working days}} left',
  },
};

const t = words(workbenchWords);

export const roleName = (role: Role | string) => t('role', { role });
export const statusName = (status: CaseStatus) => t('status', { status });
export const actionName = (status: CaseStatus) => t('action', { status });
export const kindName = (kind: 'application' | 'demand') => t('kind', { kind });

/** A record read by key as pages did before the catalogs (roleNames.clerk): each read speaks the current language. */
function byKey<K extends string>(name: (key: K) => string): Readonly<Record<K, string>> {
  return new Proxy({} as Record<K, string>, { get: (_, key) => (typeof key === 'string' ? name(key as K) : undefined) });
}
export const roleNames = byKey<Role>(roleName);
export const actionNames = byKey<CaseStatus>(actionName);
export const kindNames = byKey<'application' | 'demand'>(kindName);

/** 剩余 3 个工作日 / 超期 2 个工作日 / 暂停（补正材料）/ — */
export function clockText(clock: Clock): string {
  if (clock.state === 'stopped') return '—';
  if (clock.state === 'paused') return t('clockPaused', { why: clock.why });
  if (clock.overdue) return t('clockOverdue', { days: -clock.remainingWorkingDays });
  if (clock.remainingWorkingDays === 0) return t('clockDueToday');
  return t('clockLeft', { days: clock.remainingWorkingDays });
}

export function clockClass(clock: Clock): string {
  if (clock.state !== 'running') return 'clock';
  return clock.overdue ? 'clock overdue' : clock.nearlyDue ? 'clock nearly-due' : 'clock';
}
