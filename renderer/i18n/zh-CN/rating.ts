// 服务评价's words (issue 10), spread into zh-CN.ts; the ICU catalogs take them over at merge.
import { icu } from '../../../shared/icu-message.ts';

export const ratingText = {
  ratingServiceTitle: '服务评价',
  ratingChooseItem: '请选择要评价的事项',
  ratingThisVisit: '本次办理',
  ratingMyCases: '我的办件',
  ratingCounter: '窗口服务（按排队号码评价）',
  ratingRated: '已评价',
  ratingNoItems: '本次还没有可评价的事项。查询办件后可评价办件，也可按排队号码评价窗口服务。',
  ratingTicketTitle: '请输入排队号码',
  ratingTicketField: '排队号码',
  ratingTicketQueue: '号码字母',
  ratingTicketDay: '办理日期',
  ratingToday: '今天',
  ratingYesterday: '昨天',
  ratingNext: '下一步',
  ratingReasonTitle: '请选择不满意的原因（可多选）',
  ratingReasonRequired: '请至少选择一个原因后再提交',
  ratingReasonText: '补充说明（可不填）',
  ratingReasonField: '补充说明',
  ratingSubmit: '提交评价',
  ratingFor: icu('评价：{title}', 'title'),
  // Under 不满意's reasons: what is rated and the level chosen ({level} is a name from ratingLevelNames).
  // A case to rate: its title (an item's name or a demand's category) and its 办件编号.
  ratingCaseTitle: icu('{title} {caseNumber}', 'title', 'caseNumber'),
  ratingChosenFor: icu('评价：{title} · {level}', 'title', 'level'),
  ratingChosen: icu('请为本次服务打分 · {level}', 'level'),
  // The five levels (terminal/rating-levels.ts) keyed by level; receipts and the hub keep the Chinese label.
  ratingLevelNames: {
    5: '非常满意',
    4: '满意',
    3: '基本满意',
    2: '不满意',
    1: '非常不满意',
  } as Record<number, string>,
  // The reasons for a bad rating as the contract names them (shared/contract/cases.ts badRatingReasons), keyed by themselves.
  ratingReasonNames: {
    办事效率低: '办事效率低',
    服务态度差: '服务态度差',
    办事流程繁琐: '办事流程繁琐',
    材料要求不清楚: '材料要求不清楚',
    多次跑动: '多次跑动',
    等候时间长: '等候时间长',
    结果不满意: '结果不满意',
    其他: '其他',
  } as Record<string, string>,
};
