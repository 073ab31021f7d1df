// A message the core writes for a resident travels as its Chinese text (for logs of staff, tests
// and the zh-CN screen) plus its id and values in the says catalog, so the screen can show it in
// the resident's language. `said('core.storageFull')` gives both; `new KioskError(code, said(…))`
// and `{ status, ...said(…) }` carry them over the KioskApi contract.
import { IntlMessageFormat } from 'intl-messageformat';
import type { IcuMessage } from '../../shared/icu-message.ts';
import { saysCatalog } from './catalog.ts';

type Catalog = typeof saysCatalog;
type Area = keyof Catalog;

/** 'core.storageFull', 'cases.ratingReasonNeeded', … */
export type SayId = { [A in Area]: `${A}.${Extract<keyof Catalog[A], string>}` }[Area];

type EntryOf<I extends SayId> = I extends `${infer A extends Area}.${infer K}` ? (K extends keyof Catalog[A] ? Catalog[A][K] : never) : never;
type ValuesOf<I extends SayId> = EntryOf<I> extends IcuMessage<infer Args> ? Record<Args[number], string | number> : undefined;

/** The wire form: which message, with which values. */
export interface Say {
  id: SayId;
  values?: Record<string, string | number>;
}

/** A message for the resident: `message` in Chinese, `say` to show it in another language. */
export interface Said {
  message: string;
  say: Say;
}

export function sourceOf(id: string): { message: string; args: readonly string[] } | null {
  const [area, key] = id.split('.', 2) as [string, string];
  const entry = (saysCatalog as Record<string, Record<string, string | IcuMessage> | undefined>)[area]?.[key];
  if (typeof entry === 'string') return { message: entry, args: [] };
  if (entry && typeof entry === 'object') return { message: entry.icu, args: entry.args };
  return null;
}

const formatters = new Map<string, IntlMessageFormat>();

export function said<I extends SayId>(id: I, ...values: ValuesOf<I> extends undefined ? [] : [ValuesOf<I>]): Said {
  const source = sourceOf(id);
  if (!source) throw new Error(`says: no message "${id}"`);
  let formatter = formatters.get(id);
  if (!formatter) formatters.set(id, (formatter = new IntlMessageFormat(source.message, 'zh-CN')));
  const given = values[0] as Record<string, string | number> | undefined;
  const message = String(formatter.format(given));
  return given ? { message, say: { id, values: given } } : { message, say: { id } };
}
