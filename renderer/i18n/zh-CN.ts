// The source catalog, Simplified Chinese: every word the resident reads, by area. A new area is a
// file in zh-CN/ spread in here with one line; `npm run i18n:check` then lists what bo, ug and en
// still lack (renderer/i18n/README.md). Screens never hold text of their own.
import { core } from './zh-CN/core.ts';
import { infoQuery } from './zh-CN/info-query.ts';
import { publicMatters } from './zh-CN/public-matters.ts';
import { staff } from './zh-CN/staff.ts';
import { keyboardStrings } from './zh-CN/keyboard.ts';
import { progressQueryText } from './zh-CN/progress-query.ts';
import { ratingText } from './zh-CN/rating.ts';
import { application } from './zh-CN/application.ts';
import { demand } from './zh-CN/demand.ts';
import { voiceZhCN } from './zh-CN/voice.ts';
import { saysCatalog } from '../../terminal/says/catalog.ts';

export const zhCN = {
  ...core,
  ...keyboardStrings, // the kiosk keyboard (issue 10)
  ...progressQueryText, // 办件进度查询 (issue 10)
  ...ratingText, // 服务评价 (issue 10)
  ...application, // 事项办理 and the forms engine (issue 10)
  ...demand, // 诉求反映 (issue 10)
  ...voiceZhCN, // voice guidance and 长辈版 (issue 11)
  info: infoQuery,
  matters: publicMatters,
  /** What the core composes (refusals, outages, results): terminal/says/, shown by said.ts. */
  says: saysCatalog,
};

/** Read by technicians and demo operators only: always Chinese, not translated (see zh-CN/staff.ts). */
export const zhStaff = staff;

export type ResidentCatalog = typeof zhCN;
export type UiStrings = typeof zhCN & typeof zhStaff;
