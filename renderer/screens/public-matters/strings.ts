// The words of 议题公告 in the resident's language: the `matters` area of the catalogs
// (renderer/i18n/zh-CN/public-matters.ts and its translations).
import { t } from '../../i18n/index.ts';

export const mattersText = t.matters;
