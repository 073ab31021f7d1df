// What the core says to a resident outside issue 10's case services, in Simplified Chinese: the
// source that bo, ug and en translate in renderer/i18n/<locale>/says-core.ts. The core formats
// the Chinese text for its own use (tests, the zh-CN screen); the renderer shows the message in
// the resident's language by its id (say.ts, renderer/i18n/said.ts).
//
// Catalog content (a service's or counter's name) is left out of these messages: it has its own
// per-language names, which the screen shows next to the message (renderer/i18n/localized.tsx).
// Why a device stops a service travels as a `reason` key (terminal/outage.ts), and each message
// that names it has a whole sentence per reason: no sentence is built from translated pieces.
import { icu } from '../../shared/icu-message.ts';

export const saysCore = {
  internal: '系统暂时出现问题，请稍后再试或联系工作人员。',
  storageFull: '本机存储空间不足，暂时无法办理新业务。已办理的业务不受影响，请联系工作人员。',
  sessionTimedOut: '操作已超时，请重新开始。',
  noSuchService: icu('没有这项服务：{serviceId}', 'serviceId'),

  // The kiosk closed by an admin who wrote no notice of their own (a written notice stays as written).
  kioskClosed: '本机暂停服务，请到人工窗口办理。',

  // A device or the network stops a service: the tile's notice, and what a refused call says.
  outage: icu(
    '{reason, select, printerOff {暂停服务：打印机未连接} printerFault {暂停服务：打印机故障} readerOff {暂停服务：身份证阅读器未连接} a4None {暂停服务：本机没有配置A4打印机} a4Stopped {暂停服务：A4打印机暂停工作} a4Off {暂停服务：A4打印机未连接} network {暂停服务：证明打印需要联网，请到人工窗口办理} other {暂停服务}}',
    'reason',
  ),
  // No A4 printer: certificates are not offered here, and the site says where they are (issue 21).
  certificatesElsewhere: icu('{where, select, counter {本机不打印证明，请到人工窗口办理} other {本机不打印证明，请到{place}办理}}', 'where', 'place'),
  outageGoToCounter: icu(
    '{reason, select, printerOff {暂停服务：打印机未连接。请到人工窗口办理。} printerFault {暂停服务：打印机故障。请到人工窗口办理。} readerOff {暂停服务：身份证阅读器未连接。请到人工窗口办理。} a4None {暂停服务：本机没有配置A4打印机。请到人工窗口办理。} a4Stopped {暂停服务：A4打印机暂停工作。请到人工窗口办理。} a4Off {暂停服务：A4打印机未连接。请到人工窗口办理。} network {暂停服务：证明打印需要联网，请到人工窗口办理。} other {暂停服务。请到人工窗口办理。}}',
    'reason',
  ),
  outageQueueAtCounter: icu(
    '{reason, select, printerOff {暂停服务：打印机未连接。请到人工窗口取号。} printerFault {暂停服务：打印机故障。请到人工窗口取号。} readerOff {暂停服务：身份证阅读器未连接。请到人工窗口取号。} a4None {暂停服务：本机没有配置A4打印机。请到人工窗口取号。} a4Stopped {暂停服务：A4打印机暂停工作。请到人工窗口取号。} a4Off {暂停服务：A4打印机未连接。请到人工窗口取号。} network {暂停服务：需要联网。请到人工窗口取号。} other {暂停服务。请到人工窗口取号。}}',
    'reason',
  ),
  outageGuidePrint: icu(
    '{reason, select, printerOff {暂停服务：打印机未连接，暂时不能打印。请记下所需材料，或到人工窗口领取。} printerFault {暂停服务：打印机故障，暂时不能打印。请记下所需材料，或到人工窗口领取。} other {打印机暂时不能使用，暂时不能打印。请记下所需材料，或到人工窗口领取。}}',
    'reason',
  ),

  // Choosing a service (chooseService).
  notBuilt: '这项服务在本机暂未开通，请到人工窗口办理。',
  needsIdCard: '办理此项服务需要身份证，请将身份证放在读卡区。',
  certificateNeedsIdCard: '打印证明需要居民身份证，请将身份证放在读卡区。',
  notOfferedInfoQuery: '本机没有开通政务信息查询。',
  notOfferedPublicMatters: '本机没有开通议题公告。',
  notOfferedProgressQuery: '本机没有开通办件进度查询。',
  notOfferedApplication: '本机没有开通事项办理。',
  notOfferedDemand: '本机没有开通诉求反映。',

  // A card the reader could not accept (the cardRefused notice).
  cardCheckFailed: '身份证信息校验失败，请重新放置或联系工作人员',
  cardUnreadable: '未能读取身份证，请把身份证拿起后重新放好',
  cardUnknown: '无法识别这张卡，请放置第二代居民身份证',
  cardUnrecognised: '未能识别这张卡，请重新刷卡或联系工作人员',

  // 取号排队
  notQueueService: '这项服务不能取号。',
  queueNeedsIdCard: '取号需要身份证，请将身份证放在读卡区。',
  noSuchQueue: icu('没有这个排队窗口：{queueId}', 'queueId'),
  chooseQueue: '请选择要排队的窗口。',
  queueClosed: icu('今天 {closesAt} 以后不再取号，请明天办理时间再来。', 'closesAt'),
  // Another kiosk of the hall whose queue host does not answer (issue 25): no number rather than a clashing one.
  hallHostUnreachable: '本机暂时连不上大厅的排队系统，现在不能取号。请到服务台取号，或稍后再试。',

  // The receipt printer did not print a slip (the print queue's reports).
  printWaitingPaperEnd: '打印机缺纸，凭条暂未打印。请联系工作人员加纸，加纸后会自动补打。您的号码已显示在屏幕上。',
  printWaitingCoverOpen: '打印机盖未关好，凭条暂未打印。请联系工作人员处理，处理后会自动补打。您的号码已显示在屏幕上。',
  printWaitingUnavailable: '打印机暂时无法使用，凭条暂未打印。请联系工作人员。您的号码已显示在屏幕上。',
  printUnfinishedPaperEnd: '打印机缺纸，凭条未能打印完整，也不会再补打。请记住屏幕上的号码并留意叫号；需要纸质凭条请联系工作人员。',
  printUnfinishedCoverOpen: '打印机盖未关好，凭条未能打印完整，也不会再补打。请记住屏幕上的号码并留意叫号；需要纸质凭条请联系工作人员。',
  printUnfinishedFault: '打印机出现故障，凭条未能打印完整，也不会再补打。请记住屏幕上的号码并留意叫号；需要纸质凭条请联系工作人员。',

  // 证明打印
  notCertificateService: '这项服务不能打印证明。',
  certificateCardNeeded: '打印证明需要身份证，请将身份证放在读卡区。',
  noSuchCertificateType: icu('本机不提供这种证明（{typeId}），请在列表中选择。', 'typeId'),
  certificateNeedsNetwork: '证明打印需要联网，本机现在连不上政务中心，没有开具。请到人工窗口办理。',
  certificateUnprintableCharacters: '证明里有本机无法打印的字，没有打印。',
  certificatePrintTimedOut: 'A4打印机没有及时打完，已取消打印。',
  certificatePrintFailed: 'A4打印机出了问题，证明没有打印出来。',

  // 政务信息查询
  guideNotFound: '找不到这份办事指南，它可能已更新，请返回重新查找。',
  timeLimitImmediate: '即办',
  timeLimitWorkdays: icu('{days, plural, other {# 个工作日}}', 'days'),

  // 议题公告
  topicNotFound: '找不到这个议题，它可能已撤下，请返回重新选择。',
  matterDocumentNotFound: '找不到这份公开内容，它可能已更新，请返回重新选择。',
  voteNeedsIdCard: '投票需要身份证：请将身份证放在读卡区，一人一票。',
  voteNotOpenYet: '这个议题还没有开始投票，请在开始后再来。',
  voteClosed: '这个议题的投票已经结束，不能再投票。',
  noSuchOption: icu('这个议题没有这个选项：{optionId}。请返回重新选择。', 'optionId'),
  alreadyVoted: '您已经对这个议题投过票了，每人只能投一次。',
  voteRecorded: '您的投票已记录，将提交到中心。',
  matterSection: icu('{section, select, party {党务公开} village {村务/居务公开} finance {财务公开} other {公开内容}}', 'section'),
  resultsAfterClose: '投票结果在议题结束后公布。',
  resultsNeedNetwork: '查看投票结果需要联网，请稍后再试。',
  voteSavedHere: '您的投票已在本机保存，联网后提交中心。如您已在其他终端投过票，以中心最先收到的一票为准。',
};
