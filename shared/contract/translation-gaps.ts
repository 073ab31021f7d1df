// Which translatable fields of a document lack a Tibetan, Uyghur or English text (issue 22). A
// resident who reads only one of those languages sees such a field in Chinese with a "(Chinese)"
// note, so publishing warns about each one (it does not refuse: a Chinese text is better than
// none, and translations often follow later). Works on the body as its schema parsed it, except a
// config body, checked as sent (parsing fills in sections the publisher did not send).
// No Node imports: the hub's route, kioskctl and the unit tests share it.
import type { DocumentKind } from './schemas.ts';

export const TRANSLATED_LOCALES = ['bo', 'ug', 'en'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** Per language, the paths of the fields without a translation, e.g. `services[2].name`. */
export type TranslationGaps = Record<TranslatedLocale, string[]>;

type Item = Record<string, unknown> & { i18n?: Partial<Record<string, Record<string, unknown> | undefined>> };

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

const items = (v: unknown): Item[] => (Array.isArray(v) ? (v as Item[]) : []);

class Gaps {
  readonly found: TranslationGaps = { bo: [], ug: [], en: [] };
  /** Each of `fields` that `item` has in Chinese must be in `item.i18n.<locale>` too. */
  check(path: string, item: Item | undefined, fields: string[]) {
    if (!item) return;
    for (const field of fields) {
      if (isEmpty(item[field])) continue;
      for (const locale of TRANSLATED_LOCALES) if (isEmpty(item.i18n?.[locale]?.[field])) this.found[locale].push(`${path}.${field}`);
    }
  }
}

function catalogGaps(body: Item, gaps: Gaps) {
  items(body.services).forEach((service, i) => {
    const at = `services[${i}]`;
    gaps.check(at, service, ['name', 'description', 'demandPhrases']);
    items(service.queues).forEach((q, j) => gaps.check(`${at}.queues[${j}]`, q, ['name']));
    items(service.certificateTypes).forEach((c, j) => gaps.check(`${at}.certificateTypes[${j}]`, c, ['name', 'description']));
    items(service.applicationItems).forEach((item, j) => {
      const itemAt = `${at}.applicationItems[${j}]`;
      gaps.check(itemAt, item, ['name', 'department', 'description', 'materials']);
      items(item.form).forEach((field, k) => {
        gaps.check(`${itemAt}.form[${k}]`, field, ['label', 'help', 'unit']);
        items(field.options).forEach((o, m) => gaps.check(`${itemAt}.form[${k}].options[${m}]`, o, ['label']));
      });
    });
  });
}

function guidesGaps(body: Item, gaps: Gaps) {
  items(body.categories).forEach((c, i) => gaps.check(`categories[${i}]`, c, ['name']));
  items(body.items).forEach((g, i) => gaps.check(`items[${i}]`, g, ['name', 'audience', 'conditions', 'steps', 'location', 'hours', 'fee']));
}

function noticesGaps(body: Item, gaps: Gaps) {
  items(body.items).forEach((n, i) => gaps.check(`items[${i}]`, n, ['title', 'text']));
}

function mattersGaps(body: Item, gaps: Gaps) {
  items(body.documents).forEach((d, i) => gaps.check(`documents[${i}]`, d, ['title', 'text']));
  items(body.topics).forEach((topic, i) => {
    gaps.check(`topics[${i}]`, topic, ['question', 'description']);
    items(topic.options).forEach((o, j) => gaps.check(`topics[${i}].options[${j}]`, o, ['label']));
  });
}

function configGaps(body: Item, gaps: Gaps) {
  gaps.check('site', body.site as Item | undefined, ['name']);
  items((body.demand as Item | undefined)?.sites).forEach((s, i) => gaps.check(`demand.sites[${i}]`, s, ['compound', 'building']));
}

const byKind: Partial<Record<DocumentKind, (body: Item, gaps: Gaps) => void>> = {
  catalog: catalogGaps,
  guides: guidesGaps,
  notices: noticesGaps,
  matters: mattersGaps,
  config: configGaps,
};

/** The fields of a (parsed) document body without a bo, ug or en text; kinds with no resident texts have none. */
export function translationGaps(kind: DocumentKind, body: unknown): TranslationGaps {
  const gaps = new Gaps();
  if (body && typeof body === 'object') byKind[kind]?.(body as Item, gaps);
  return gaps.found;
}

const SHOWN = 8;

/** One warning line per language that lacks something: "ug: 3 fields without a translation: services[2].name, …". */
export function describeTranslationGaps(gaps: TranslationGaps): string[] {
  return TRANSLATED_LOCALES.filter((l) => gaps[l].length > 0).map((l) => {
    const paths = gaps[l];
    const more = paths.length > SHOWN ? `, … and ${paths.length - SHOWN} more` : '';
    return `${l}: ${paths.length} ${paths.length === 1 ? 'field' : 'fields'} without a translation: ${paths.slice(0, SHOWN).join(', ')}${more}`;
  });
}
