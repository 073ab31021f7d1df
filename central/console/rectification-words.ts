// The 整改 pages' words (issue 23): Chinese first (the console's language for clerks), English
// second, as ICU messages, bound by the console's catalogs (i18n/words.ts): `say` formats one in the
// console's language; a key English lacks falls back to the Chinese.
import { words, type MessageValues } from './i18n/words.ts';
import type { FollowUpResult, RectificationAction, RectificationState } from '../routes/rectification/rules.ts';

const zhCN = {
  nav: '整改',
  listTitle: '好差评整改',
  filterState: '状态',
  filterAll: '全部',
  filterSite: '站点',
  filterAllSites: '全部站点',
  filterOverdue: '只看超期未办',
  countOf: '{state} {n} 件',
  overdueCount: '超期未办 {n} 件',
  none: '没有符合条件的整改。',
  noneAtAll: '暂无整改',
  loading: '加载中…',
  colId: '编号',
  colRating: '评价',
  colItem: '评价对象',
  colService: '事项',
  colSite: '站点',
  colState: '状态',
  colClock: '时限',
  colRatedAt: '评价时间',
  remaining: '{n, plural, =0 {今日到期} other {剩余 # 个工作日}}',
  overdue: '超期 {n} 个工作日',
  answered: '—',
  back: '← 返回整改列表',
  pageTitle: '整改 {id}',
  facts: '站点 {site} · 事项 {service} · 收到差评 {opened} · 整改期限 {due}',
  ratingHeading: '居民评价（不可修改）',
  ratingLevel: '评价等级',
  ratingReasons: '差评原因',
  ratingWords: '居民留言',
  ratingAt: '评价时间',
  ratingItem: '评价对象',
  linkedCase: '关联办件',
  linkedCaseText: '{number} {title}（{status}）',
  linkedTicket: '关联取号',
  stepsHeading: '整改过程',
  noSteps: '尚无记录',
  stepBy: '{who}（{role}）',
  stepResult: '居民评价：{result}',
  formHeading: '办理',
  noteLabel: '说明（{actions}时必填）',
  resultLegend: '居民对整改的评价（回访时必选）',
  done: '已{action}：{state}',
  wordsEmpty: '（无）',
  states: { 待核实: '待核实', 整改中: '整改中', 待回访: '待回访', 待审核: '待审核', 已退回: '已退回', 已办结: '已办结' } satisfies Record<RectificationState, string>,
  actions: { 核实: '记录核实情况', 整改: '记录整改措施', 回访: '记录回访结果', 办结: '办结', 退回: '退回重办' } satisfies Record<RectificationAction, string>,
  stepNames: { 核实: '核实', 整改: '整改', 回访: '回访', 办结: '办结', 退回: '退回' } satisfies Record<RectificationAction, string>,
  results: { 满意: '满意', 基本满意: '基本满意', 不满意: '不满意' } satisfies Record<FollowUpResult, string>,
};

type Catalog = typeof zhCN;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

const en: DeepPartial<Catalog> = {
  nav: 'Rectification',
  listTitle: 'Rectifying bad ratings',
  filterState: 'State',
  filterAll: 'All',
  filterSite: 'Site',
  filterAllSites: 'All sites',
  filterOverdue: 'Overdue only',
  countOf: '{state} {n}',
  overdueCount: '{n} overdue',
  none: 'No rectification matches.',
  noneAtAll: 'No rectifications',
  loading: 'Loading…',
  colId: 'No.',
  colRating: 'Rating',
  colItem: 'Rated',
  colService: 'Service',
  colSite: 'Site',
  colState: 'State',
  colClock: 'Time limit',
  colRatedAt: 'Rated at',
  answered: '—',
  remaining: '{n, plural, =0 {due today} one {# working day left} other {# working days left}}',
  overdue: '{n, plural, one {# working day overdue} other {# working days overdue}}',
  back: '← Back to the list',
  pageTitle: 'Rectification {id}',
  facts: 'Site {site} · service {service} · received {opened} · due {due}',
  ratingHeading: "The resident's rating (cannot be changed)",
  ratingLevel: 'Level',
  ratingReasons: 'Reasons',
  ratingWords: "Resident's words",
  ratingAt: 'Rated at',
  ratingItem: 'Rated',
  linkedCase: 'Case',
  linkedCaseText: '{number} {title} ({status})',
  linkedTicket: 'Queue ticket',
  stepsHeading: 'Steps',
  noSteps: 'Nothing recorded yet',
  stepBy: '{who} ({role})',
  stepResult: "Resident's view: {result}",
  formHeading: 'Act',
  noteLabel: 'Note (required for {actions})',
  resultLegend: "The resident's view of the fix (required for the follow-up call)",
  done: '{action}: now {state}',
  wordsEmpty: '(none)',
  states: { 待核实: 'To check', 整改中: 'Being fixed', 待回访: 'To call back', 待审核: 'To review', 已退回: 'Sent back', 已办结: 'Closed' },
  actions: { 核实: 'Record what was found', 整改: 'Record the fix', 回访: 'Record the call-back', 办结: 'Close', 退回: 'Send back' },
  stepNames: { 核实: 'Checked', 整改: 'Fixed', 回访: 'Called back', 办结: 'Closed', 退回: 'Sent back' },
  results: { 满意: 'Satisfied', 基本满意: 'Mostly satisfied', 不满意: 'Not satisfied' },
};

/** Nested groups (a state's, step's, result's name) become keys like `states.待核实`: one flat
 *  table of ICU messages, as every console page's words (i18n/words.ts). */
function flat(catalog: DeepPartial<Catalog>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Object.entries(value as Record<string, string>).map(([k, v]) => [`${key}.${k}`, v]))),
  );
}

export const rectificationWords = { 'zh-CN': flat(zhCN), en: flat(en) } as const;

type Key = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];
const t = words(rectificationWords);

/** A word of the 整改 pages in the console's language (Chinese where English lacks it). */
export function say(key: Key, values?: MessageValues): string {
  return t(key, values);
}

/** A state's, step's or result's name in the console's language. */
export function nameOf<G extends 'states' | 'actions' | 'stepNames' | 'results'>(group: G, value: keyof Catalog[G]): string {
  return t(`${group}.${String(value)}`);
}
