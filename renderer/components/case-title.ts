// A case's title as the screen shows it: an application's item name is the catalog's (Chinese)
// data; a demand's title is its category, which the catalog names in the resident's language.
import { t } from '../i18n/index.ts';

export function caseTitle(c: { kind: 'application' | 'demand'; title: string }): string {
  return c.kind === 'demand' ? (t.demandCategoryNames[c.title] ?? c.title) : c.title;
}
