// The words of 政务信息查询 in the resident's language: the `info` area of the catalogs
// (renderer/i18n/zh-CN/info-query.ts and its translations).
import { t } from '../../i18n/index.ts';

export const infoText = t.info;
