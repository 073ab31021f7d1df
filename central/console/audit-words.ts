// The console's words for the audit log, 查看, 转办 and 督办 (issue 23), in Chinese (the console's
// default) and English, as ICU messages. `word` formats the Chinese for now; the console's
// language switch (console-lang) picks the catalog by the user's choice once it lands.
import { IntlMessageFormat } from 'intl-messageformat';

const zh = {
  navAudit: '审计日志',
  auditTitle: '审计日志',
  filterActor: '操作人（账号）',
  filterAction: '操作',
  filterAll: '全部操作',
  filterFrom: '起始日期',
  filterTo: '截止日期',
  colAt: '时间',
  colActor: '操作人',
  colAction: '操作',
  colTarget: '对象',
  colSites: '站点',
  colChange: '变更前 → 变更后',
  colAddress: '地址',
  viaToken: '（管理令牌）',
  noEntries: '没有符合条件的记录。',
  olderPage: '更早的记录',
  firstPage: '回到最新',
  loading: '加载中…',
  'action.login': '登录',
  'action.login.failed': '登录失败',
  'action.logout': '退出登录',
  'action.password.change': '修改密码',
  'action.password.change-failed': '修改密码失败',
  'action.account.create': '创建账号',
  'action.account.disable': '停用账号',
  'action.account.enable': '启用账号',
  'action.account.reset-password': '重置密码',
  'action.township.set': '设置乡镇站点',
  'action.case.status': '办件状态变更',
  'action.case.reveal': '查看个人信息',
  'action.case.transfer': '转办',
  'action.case.supervise': '督办',
  'action.terminal.command': '终端指令',
  'action.document.publish': '发布文档',
  'action.release.publish': '发布版本',
  'action.rollout.start': '开始推送',
  'action.rollout.advance': '推进推送',
  'action.rollout.pause': '暂停推送',
  'action.rollout.resume': '恢复推送',
  'action.rollout.abort': '中止推送',
  'action.rollback.acknowledge': '确认回退',
  'action.enrollment-code.create': '生成注册码',
  'action.certificate-records.load': '导入证明记录',
  'action.rating.follow-up': '差评整改',
  reveal: '查看',
  revealHint: '个人信息已脱敏；点“查看”显示完整信息（每次查看都会记入审计日志）',
  revealed: '已显示完整个人信息（本次查看已记入审计日志）',
  transferTitle: '转办',
  transferSite: '转至站点',
  transferClerk: '指定办事员账号（可选）',
  transferReason: '转办理由（必填）',
  transferButton: '转办',
  transferDone: '已转办至 {site}',
  transferGone: '已转办至 {site}，该件已不在您的站点范围内',
  superviseTitle: '督办',
  superviseNote: '督办意见（必填）',
  superviseDue: '要求办结日期（可选）',
  superviseButton: '督办',
  superviseDone: '已督办',
  supervisedMark: '督办',
  supervisedDue: '督办 · 限 {day} 前',
  assignedTo: '经办：{clerk}',
  noteTransfer: '转办 {from} → {to}{clerk, select, none {} other { · 办事员 {clerk}}}',
  noteSupervise: '督办{day, select, none {} other { · 限 {day} 前办结}}',
  noteReason: '理由：{text}',
  noteText: '意见：{text}',
} as const;

export type AuditWordKey = keyof typeof zh;

export const auditWords: { 'zh-CN': Record<AuditWordKey, string>; en: Record<AuditWordKey, string> } = {
  'zh-CN': zh,
  en: {
    navAudit: 'Audit log',
    auditTitle: 'Audit log',
    filterActor: 'Who (account)',
    filterAction: 'Action',
    filterAll: 'All actions',
    filterFrom: 'From',
    filterTo: 'To',
    colAt: 'When',
    colActor: 'Who',
    colAction: 'Action',
    colTarget: 'Target',
    colSites: 'Sites',
    colChange: 'Before → after',
    colAddress: 'Address',
    viaToken: ' (admin token)',
    noEntries: 'No entries match.',
    olderPage: 'Older entries',
    firstPage: 'Back to the newest',
    loading: 'Loading…',
    'action.login': 'Logged in',
    'action.login.failed': 'Login failed',
    'action.logout': 'Logged out',
    'action.password.change': 'Changed password',
    'action.password.change-failed': 'Password change failed',
    'action.account.create': 'Created account',
    'action.account.disable': 'Disabled account',
    'action.account.enable': 'Enabled account',
    'action.account.reset-password': 'Reset password',
    'action.township.set': 'Set township sites',
    'action.case.status': 'Case status',
    'action.case.reveal': 'Viewed personal data',
    'action.case.transfer': 'Transferred (转办)',
    'action.case.supervise': 'Supervised (督办)',
    'action.terminal.command': 'Terminal command',
    'action.document.publish': 'Published document',
    'action.release.publish': 'Published release',
    'action.rollout.start': 'Started rollout',
    'action.rollout.advance': 'Advanced rollout',
    'action.rollout.pause': 'Paused rollout',
    'action.rollout.resume': 'Resumed rollout',
    'action.rollout.abort': 'Aborted rollout',
    'action.rollback.acknowledge': 'Acknowledged rollback',
    'action.enrollment-code.create': 'Made enrollment code',
    'action.certificate-records.load': 'Loaded certificate records',
    'action.rating.follow-up': 'Rating follow-up',
    reveal: 'Show',
    revealHint: 'Personal data is masked; "Show" displays it in full (each time is recorded in the audit log)',
    revealed: 'Personal data shown in full (recorded in the audit log)',
    transferTitle: 'Transfer (转办)',
    transferSite: 'To site',
    transferClerk: 'To clerk account (optional)',
    transferReason: 'Reason (required)',
    transferButton: 'Transfer',
    transferDone: 'Transferred to {site}',
    transferGone: 'Transferred to {site}; the case is no longer in your sites',
    superviseTitle: 'Supervise (督办)',
    superviseNote: 'Instruction (required)',
    superviseDue: 'Done by (optional)',
    superviseButton: 'Supervise',
    superviseDone: 'Supervision recorded',
    supervisedMark: '督办',
    supervisedDue: '督办 · by {day}',
    assignedTo: 'Handled by {clerk}',
    noteTransfer: 'Transferred {from} → {to}{clerk, select, none {} other { · clerk {clerk}}}',
    noteSupervise: 'Supervised{day, select, none {} other { · done by {day}}}',
    noteReason: 'Reason: {text}',
    noteText: 'Instruction: {text}',
  },
};

/** The action codes the hub records, for the audit page's filter. */
export const auditActions = (Object.keys(zh) as AuditWordKey[]).filter((k) => k.startsWith('action.')).map((k) => k.slice('action.'.length));

const formatters = new Map<string, IntlMessageFormat>();

/** A word in the console's language (Chinese until the console's language switch arrives). */
export function word(key: AuditWordKey, values?: Record<string, string | number>): string {
  const message = auditWords['zh-CN'][key];
  if (!values) return message;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new IntlMessageFormat(message, 'zh-CN')));
  return String(formatter.format(values));
}

/** An action code in words; an action this console does not know yet shows as its code. */
export function actionWord(action: string): string {
  const key = `action.${action}` as AuditWordKey;
  return key in zh ? zh[key as keyof typeof zh] : action;
}
