// What the core says to a resident in issue 10's case services (事项办理, 诉求反映, 办件进度查询,
// 服务评价), in Simplified Chinese: the source that bo, ug and en translate in
// renderer/i18n/<locale>/says-cases.ts (see core.ts). Values are numbers, codes or dates, never
// catalog words (an item's name, a field's label): those are Chinese and would leak into English.
import { icu } from '../../shared/icu-message.ts';

export const saysCases = {
  caseNumbersUsedUp: '本机的办件编号已用完，请到人工窗口办理，并请工作人员联系技术人员。',

  // 事项办理
  itemNotFound: '找不到这个办理事项，它可能已调整，请返回重新选择。',
  itemNeedsCard: '办理这个事项需要读取身份证，请将身份证放在读卡区。',
  confirmCardFirst: '请先核对身份证信息，点“确认无误”后再提交。',
  formInvalid: icu('有{count, plural, other {#项}}填写有误，请按提示修改后再提交。', 'count'),
  // A form field's problem, shown under the field (its label is right above it).
  fieldRequired: '此项必须填写',
  fieldNotText: '此项应是文字',
  fieldTooLong: icu('最多{max, plural, other {#个字}}，现在有{length, plural, other {#个字}}', 'max', 'length'),
  fieldNotNumber: '此项应是数字',
  fieldNotInteger: '此项应是整数',
  fieldOneDecimal: '最多保留一位小数',
  fieldBelowMin: icu('不能小于{min, number}', 'min'),
  fieldAboveMax: icu('不能大于{max, number}', 'max'),
  fieldBadPhone: '应是11位手机号码或带区号的固定电话',
  fieldBadDate: '应是有效日期',
  fieldTooEarly: icu('不能早于{date}', 'date'),
  fieldTooLate: icu('不能晚于{date}', 'date'),
  fieldNotAnOption: '选项不在列表中',
  fieldRepeatedOption: '选项重复',
  fieldYesOrNo: '请选择“是”或“否”',
  fieldNotInForm: '表单中没有这一项',
  fieldFromCard: '此项由身份证读取，不能手工填写',

  // 事项办理: the document camera and the signature (issue 24)
  pageNotInMaterial: '这份材料没有这一页，请返回重新拍摄。',
  pageNotImage: '这一页不是拍摄的图像，请重拍。',
  pageTooLarge: icu('这一页的图像太大（最多{max, number} KB），请重拍。', 'max'),
  attachmentsTooLarge: '所拍材料合计太大，请删除一些页面后再提交。',
  materialPagesMissing: icu('还有{count, plural, other {#页}}必须拍摄的材料，请拍完，或选择“到窗口交材料”。', 'count'),
  signatureUnreadable: '签名无法读取，请清除后重新签名。',

  // 诉求反映
  demandDescriptionNeeded: '“问题描述”必须填写：请点常用语或用键盘输入。',
  demandDescriptionTooLong: icu('“问题描述”最多{max, plural, other {#个字}}，现在有{length, plural, other {#个字}}。', 'max', 'length'),
  demandSiteUnknown: '“地点”不在本机的地点列表中，请重新选择。',
  demandPlaceTooLong: icu('“地点”最多{max, plural, other {#个字}}。', 'max'),
  demandPlaceNeeded: '请选择或填写问题发生的“地点”。',
  demandPhoneInvalid: '“回访电话”应是11位手机号码或带区号的固定电话。',
  demandNeedsCard: '实名反映需要身份证：请将身份证放在读卡区，或选择匿名反映。',

  // 办件进度查询
  myCasesNeedCard: '查询本人的办件需要身份证：请将身份证放在读卡区，或输入办件编号查询。',
  myCasesUnavailable: '暂时查不到您的办件，请稍后再试。',
  caseNumberLength: '办件编号是12位数字，请核对。',
  caseNumberNotDigits: '办件编号只有数字，请核对。',
  caseNumberWrong: '编号有误，请核对。',
  queryCodeFormat: '查询码是8位数字，请核对。',
  queryCodeWrong: '查询码有误，请核对凭条上的查询码。',
  queryCodeNeeded: '这是匿名诉求，请输入凭条上的8位查询码。',
  caseNotFound: '没有找到这个编号的办件，请核对编号。',
  caseUnreachable: '暂时无法连接政务中心，查不到这个编号的进度。请稍后再试，或到人工窗口查询。',
  notOurCode: '这不是办件凭条上的二维码。请扫描办件凭条上的二维码，或输入办件编号查询。',

  // 服务评价
  chooseRatingLevel: '请选择一个评价等级。',
  // By the level's number (1 or 2), so each language names the level in its own words.
  ratingReasonNeeded: icu('选择“{level, select, 1 {非常不满意} other {不满意}}”时，请选择不满意的原因。', 'level'),
  ratingReasonNotListed: '请从列表中选择不满意的原因。',
  ratingReasonOnlyForBad: '只有“不满意”和“非常不满意”需要填写原因。',
  ticketNumberInvalid: '号码有误：应为一个字母加三位数字，例如 A003。',
  ticketDateInvalid: '日期有误，请重新选择办理日期。',
  ticketDateTooOld: icu('只能评价{days, plural, other {#天}}内的窗口服务，请重新选择办理日期。', 'days'),
  ratingTargetNotFound: '找不到要评价的业务，请重新开始。',
  ratingCaseNotSeen: '请先在“办件进度查询”中查到这件办件，再进行评价。',
  alreadyRated: '这项服务您已经评价过了，每项只能评价一次。',
};
