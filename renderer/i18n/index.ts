// The active language. Only zh-CN exists today; a second language adds a file of the same
// UiStrings shape and a choice here (e.g. from the terminal configuration).
import { zhCN, type UiStrings } from './zh-CN.ts';

export const t: UiStrings = zhCN;
export type { UiStrings };
