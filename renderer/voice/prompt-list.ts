// Every prompt id the screens speak (useScreenPrompt), with the catalog message it speaks and where
// the resident hears it. The hub's recording page lists these (through the exported
// shared/voice/prompt-catalog.json, `npm run voice:prompts`), so an admin records exactly the words
// the kiosk would say; tests/renderer/voice-prompt-list.test.ts fails when a screen speaks an id
// missing here or the JSON is stale.
import type { voiceZhCN } from '../i18n/zh-CN/voice.ts';

type PromptKey = Extract<keyof typeof voiceZhCN, `prompt${string}`>;

export interface ListedPrompt {
  promptId: string;
  /** The message in renderer/i18n/<locale>/voice.ts the screen speaks for this id. */
  key: PromptKey;
  /** Where it is said, for the person recording it (the console's two languages). */
  context: { 'zh-CN': string; en: string };
}

const p = (promptId: string, key: PromptKey, zh: string, en: string): ListedPrompt => ({ promptId, key, context: { 'zh-CN': zh, en } });

export const listedPrompts: readonly ListedPrompt[] = [
  p('screen.attract', 'promptAttract', '首页，等待居民刷身份证', 'Start screen, waiting for an ID card'),
  p('screen.attract-reader-out', 'promptAttractReaderOut', '首页，读卡器暂停时', 'Start screen while the card reader is out'),
  p('screen.services', 'promptServices', '服务列表', 'The list of services'),
  p('screen.queue', 'promptQueue', '取号：选择窗口', 'Queue ticket: choosing a counter'),
  p('screen.ticket', 'promptTicket', '取号成功，读出号码', 'Ticket taken, its number read out'),
  p('screen.rating', 'promptRating', '服务评价', 'Service rating'),
  p('screen.thanks', 'promptThanks', '评价之后的感谢页', 'Thanks after a rating'),
  p('screen.message', 'promptMessage', '提示信息页（内容随情况而变）', 'A message screen (its words vary)'),
  p('screen.info', 'promptInfo', '政务信息查询首页', 'Government information, first screen'),
  p('screen.info-search', 'promptInfoSearch', '办事指南搜索', 'Searching the service guides'),
  p('screen.info-notices', 'promptInfoNotices', '通知公告列表', 'The list of notices'),
  p('screen.guide', 'promptGuide', '某一事项的办事指南', 'One service guide'),
  p('screen.matters', 'promptMatters', '议题公告首页', 'Public matters, first screen'),
  p('screen.matter-document', 'promptMatterDocument', '阅读一篇公开内容', 'Reading a public document'),
  p('screen.topic', 'promptTopic', '议题：查看说明并投票', 'A topic: reading and voting'),
  p('screen.certificates', 'promptCertificates', '证明打印：选择证明', 'Certificates: choosing one to print'),
  p('screen.certificate-done', 'promptCertificateDone', '证明已打印', 'Certificate printed'),
  p('screen.out-of-service', 'promptOutOfService', '本机暂停服务', 'Kiosk out of service'),
  p('screen.idle', 'promptIdle', '无人操作时的倒计时提示', 'Idle countdown warning'),
  p('screen.apply-items', 'promptApplyItems', '事项办理：选择事项', 'Applications: choosing an item'),
  p('screen.apply-materials', 'promptApplyMaterials', '事项办理：所需材料', 'Applications: materials needed'),
  p('screen.apply-form', 'promptApplyForm', '事项办理：填写申请表', 'Applications: filling in the form'),
  p('screen.apply-confirm', 'promptApplyConfirm', '事项办理：核对后提交', 'Applications: checking before submitting'),
  p('screen.demand-category', 'promptDemandCategory', '诉求反映：选择类别', 'Requests: choosing a category'),
  p('screen.demand-describe', 'promptDemandDescribe', '诉求反映：说明问题', 'Requests: describing the problem'),
  p('screen.demand-place', 'promptDemandPlace', '诉求反映：选择地点', 'Requests: choosing the place'),
  p('screen.demand-place-text', 'promptDemandPlaceText', '诉求反映：输入地点', 'Requests: typing the place'),
  p('screen.demand-phone', 'promptDemandPhone', '诉求反映：输入手机号码', 'Requests: typing a phone number'),
  p('screen.demand-who', 'promptDemandWho', '诉求反映：实名或匿名', 'Requests: named or anonymous'),
  p('screen.demand-confirm', 'promptDemandConfirm', '诉求反映：核对后提交', 'Requests: checking before submitting'),
  p('screen.progress', 'promptProgressHome', '办件进度查询首页', 'Case progress, first screen'),
  p('screen.progress-number', 'promptProgressNumber', '办件进度：输入办件编号', 'Case progress: typing a case number'),
  p('screen.progress-code', 'promptProgressCode', '办件进度：输入查询码', 'Case progress: typing a query code'),
  p('screen.progress-list', 'promptProgressList', '办件进度：找到的办件', 'Case progress: the cases found'),
  p('screen.progress-case', 'promptProgressCase', '办件进度：一件办件的状态', 'Case progress: one case\'s status'),
  p('screen.rating-pick', 'promptRatingPick', '服务评价：选择事项', 'Rating: choosing what to rate'),
  p('screen.rating-ticket', 'promptRatingTicket', '服务评价：输入排队号码', 'Rating: typing the ticket number'),
  p('screen.rating-levels', 'promptRatingLevels', '服务评价：打分', 'Rating: choosing a level'),
  p('screen.rating-reason', 'promptRatingReason', '服务评价：不满意的原因', 'Rating: reasons for dissatisfaction'),
  p('screen.case-filed', 'promptCaseFiled', '提交成功，读出办件编号', 'Case filed, its number read out'),
  p('screen.case-filed-anonymous', 'promptCaseFiledAnonymous', '匿名提交成功，读出编号和查询码', 'Anonymous case filed, number and code read out'),
];
