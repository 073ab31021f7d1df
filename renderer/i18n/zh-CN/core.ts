// What every resident reads outside a service's own screens, in Simplified Chinese: the source
// catalog that bo, ug and en translate (ICU MessageFormat; arguments declared with icu()).
import { icu } from '../../../shared/icu-message.ts';

export const core = {
  connecting: '正在连接…',
  connectingHint: '请稍候，马上就好',

  placeCard: '请将身份证放在读卡区',
  placeCardHint: '放好后请不要移动，稍等片刻',
  readingCard: '正在读取身份证…',
  readingCardHint: '请不要移动身份证',
  browseWithoutCard: '不用身份证，浏览服务',
  elderMode: '长辈版',
  readerOutOfService: '读卡器暂停使用',
  readerOutOfServiceHint: '请点下方按钮浏览服务，或到人工窗口办理',
  chooseLanguage: '选择语言',
  /** Beside a service name or a guide that has no text in the resident's language yet. */
  chineseOnly: '（中文）',

  greeting: icu('您好，{maskedName}', 'maskedName'),
  greetingAnonymous: '您好',
  chooseService: '请选择您要办理的服务',
  exit: '退出',
  back: '返回',
  done: '完成',

  notBuiltTitle: '本机暂未开通此服务',
  needsIdentityTitle: '需要身份证',
  outOfServiceTitle: '暂停服务',
  // A service this kiosk does not offer (no A4 printer): not a fault, so not 暂停服务 (issue 21).
  serviceNotOfferedTitle: '本机不提供此项服务',
  errorTitle: '没有办成',
  serviceScreenMissing: '这项服务在本机暂未开通，请到人工窗口办理。',

  chooseQueue: '请选择窗口',
  takingTicket: '正在取号…',
  yourNumber: '您的号码',
  watchForCall: '请留意叫号',
  issuedAt: icu('取号时间 {time}', 'time'),
  // The hall's queue (issue 25): counts before a number is taken, and the ticket's place (an estimate).
  queueWaitingCount: icu('{count, plural, =0 {现在无人等候} other {# 人等候}}', 'count'),
  ticketAhead: icu('{ahead, plural, =0 {前面没有人，请留意叫号} other {前面还有 # 人}}', 'ahead'),
  ticketWait: icu('预计等候约 {low}–{high} 分钟（仅供参考）', 'low', 'high'),
  ticketPriority: '长辈优先',
  priorityChoiceTitle: '残疾人、军人可优先办理，到窗口请出示证件',
  priorityDisabled: '残疾人优先',
  priorityMilitary: '军人优先',
  ticketPriorityDisabled: '残疾人优先：请在窗口出示残疾人证',
  ticketPriorityMilitary: '军人优先：请在窗口出示军人证件',
  hallHostUnreachable: '本机暂时连不上大厅的排队系统，现在不能取号。请到服务台取号，或稍后再试。',
  printing: '正在打印凭条…',
  printed: '凭条已打印，请取走',
  printWaitingHint: '请记住屏幕上的号码，凭号码到窗口办理',
  queuedForSync: '已保存，联网后自动上报',
  rateThisService: '评价本次服务',
  finishAndExit: '完成，退出',
  /** From a finished service back to the list, the visit (language, 长辈版, card) kept. */
  anotherService: '办理其他业务',

  // 证明打印
  chooseCertificate: '请选择要打印的证明',
  certificateCarriesIdentity: '证明上会印有您的姓名和身份证号码，请及时取走',
  certificatePrinting: '正在开具并打印证明…',
  certificatePrintingHint: '需要联网向政务中心申请，请稍候',
  certificatePrinted: '证明已打印，请从A4打印机取走',
  certificateNotPrintedHint: '请到人工窗口办理',
  certificateRefused: icu('暂不能开具{title}', 'title'),
  certificateHolder: icu('持证人：{maskedName}', 'maskedName'),
  certificateIssuedAt: icu('开具时间 {time}', 'time'),
  certificateCode: icu('核验码 {code}', 'code'),

  ratingTitle: '请为本次服务打分',
  ratingSaving: '正在提交…',
  thanksForRating: '感谢您的评价',
  autoReturn: icu('{seconds, plural, other {# 秒后回到首页}}', 'seconds'),

  idleTitle: icu('还剩 {seconds, plural, other {# 秒}}，将自动退出', 'seconds'),
  idleHint: '如需继续办理，请点“继续”',
  continue: '继续',

  // The staff banner is read by hall staff, but stands on the resident's screen: translated too.
  staffNotice: '工作人员请注意',
  printerPaperNearEnd: '打印纸即将用完，请及时更换',
  printerPaperEnd: '打印机缺纸，请更换打印纸',
  printerCoverOpen: '打印机盖未关好',
  printerProblem: '打印机故障，请检查',
  documentPrinterStopped: 'A4打印机暂停，请检查纸张后恢复打印队列',
  documentPrinterMissing: 'A4打印机未连接',
};
