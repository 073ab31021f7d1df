// Voice guidance and 长辈版 words, in Simplified Chinese: the buttons of the voice bar, and each
// screen's spoken prompt (where the resident is + what to do). Spread into zhCN by ../zh-CN.ts.
// The technician's voice diagnostics are in staff.ts (Chinese only).
import { icu } from '../../../shared/icu-message.ts';
import { core } from './core.ts';
import { application } from './application.ts';
import { demand } from './demand.ts';
import { progressQueryText } from './progress-query.ts';
import { ratingText } from './rating.ts';
import { infoQuery } from './info-query.ts';
import { named } from '../button-names.ts';

export const voiceZhCN = {
  voiceReplay: '重听',
  voiceRead: '朗读',
  volumeUp: '声音大一点',
  volumeDown: '声音小一点',
  volumeLevel: icu('音量 {percent, number}', 'percent'),
  touchAndHear: '点读模式',
  touchAndHearOn: '点读模式已打开：点一下听说明，再点一下才执行',
  touchAndHearOff: '点读模式已关闭',
  // 长辈版: one 声音 button instead of three; it opens the volume steps and 点读 (closes by itself).
  voiceSound: '声音',
  idleMore: icu('还可以再延长 {times, plural, other {# 次}}', 'times'),

  // Each screen's spoken prompt: where the resident is, then what to do.
  promptAttract: '欢迎使用自助服务机。请将身份证放在读卡区，或点屏幕下方按钮，不用身份证浏览服务。',
  promptAttractReaderOut: '欢迎使用自助服务机。读卡器暂停使用，请点屏幕下方按钮浏览服务。',
  promptServices: `这里是服务列表。请点选您要办理的服务，办完请点${named(core.exit)}。`,
  promptQueue: icu('这里是{service}。请选择您要去的窗口。', 'service'),
  promptTicket: icu('取号成功。您的号码是 {spokenNumber}，请到{queue}等候叫号。', 'spokenNumber', 'queue'),
  promptRating: '这里是服务评价。请为本次服务打分。',
  promptThanks: '感谢您的评价，马上回到首页。',
  promptMessage: icu('{title}。{message}', 'title', 'message'),
  promptInfo: '这里是政务信息查询。可以查看办事指南和通知公告。',
  promptInfoSearch: '这里是办事指南搜索。请用屏幕键盘输入事项名称，或按类别浏览。',
  promptInfoNotices: '这里是通知公告。上下滑动或点翻页按钮阅读。',
  promptGuide: icu(`这里是{name}的办事指南。需要办理可以点${named(infoQuery.takeNumber)}。`, 'name'),
  promptMatterDocument: `这里是公开内容。阅读完请点${named(core.back)}。`,
  promptTopic: '这里是议题。可以查看说明并投票。',
  promptMatters: '这里是议题公告。请选择要查看的公开内容或议题。',
  promptCertificates: '这里是证明打印。请选择要打印的证明。',
  promptCertificateDone: icu('{title}已打印，请从A4打印机取走。', 'title'),
  promptOutOfService: icu('本机暂停服务。{message}', 'message'),
  promptIdle: icu(`还剩 {seconds, plural, other {# 秒}}将自动退出。如需继续，请点${named(core.continue)}。`, 'seconds'),

  // 事项办理 (issue 10).
  promptApplyItems: '这里是事项办理。请选择您要办理的事项。',
  promptApplyMaterials: icu(`这里是{item}。请看需要准备的材料，准备好了请点${named(application.applyStartForm)}。`, 'item'),
  promptApplyForm: icu(`这里是{item}的申请表。请逐项填写，填好后请点${named(application.applyReview)}。`, 'item'),
  promptApplyConfirm: `请核对填写的内容。无误请点${named(application.applySubmit)}，需要修改请点${named(application.applyEdit)}。`,
  // 诉求反映, one prompt per step.
  promptDemandCategory: '这里是诉求反映。请选择您要反映的问题类别。',
  promptDemandDescribe: '请说明您要反映的问题。可以点常用语，也可以用屏幕键盘输入。',
  promptDemandPlace: '请选择问题发生的地点。',
  promptDemandPlaceText: '请用屏幕键盘输入问题发生的地点。',
  promptDemandPhone: '请输入您的手机号码，方便工作人员联系您。',
  promptDemandWho: '请选择是否实名反映。匿名反映会给您一个查询码。',
  promptDemandConfirm: `请核对您的诉求。无误请点${named(demand.demandSubmit)}。`,
  // 办件进度查询.
  promptProgressHome: '这里是办件进度查询。请选择查询方式：刷身份证、扫描凭条二维码，或输入办件编号。',
  promptProgressNumber: `请用数字键输入办件编号，输好后请点${named(progressQueryText.progressSearch)}。`,
  promptProgressCode: `请输入凭条上的查询码，输好后请点${named(progressQueryText.progressSearch)}。`,
  promptProgressList: icu('找到 {count, plural, other {# 件}}办件。请点选要查看的办件。', 'count'),
  promptProgressCase: icu('办件编号 {spokenNumber}，{title}，当前状态：{status}。', 'spokenNumber', 'title', 'status'),
  // 服务评价.
  promptRatingPick: '这里是服务评价。请选择要评价的事项。',
  promptRatingTicket: `请输入您的排队号码和办理日期，然后点${named(ratingText.ratingNext)}。`,
  promptRatingLevels: icu('请为{title}打分，点选一个满意程度。', 'title'),
  promptRatingReason: `请选择不满意的原因，然后点${named(ratingText.ratingSubmit)}。`,
  // The filed case (事项办理 and 诉求反映).
  promptCaseFiled: icu('提交成功。您的办件编号是 {spokenNumber}。请取走凭条，凭编号查询办理进度。', 'spokenNumber'),
  promptCaseFiledAnonymous: icu('提交成功。您的办件编号是 {spokenNumber}，查询码是 {spokenCode}。请记住查询码，查询进度时需要输入。', 'spokenNumber', 'spokenCode'),
};
