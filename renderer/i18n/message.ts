// A catalog entry with arguments. The zh-CN catalog (the source every other language follows)
// declares each message's argument names in the order screens pass them, so `t.issuedAt(time)`
// stays a positional call while the message itself is ICU MessageFormat with named arguments
// ('取号时间 {time}'). Other languages give only the ICU string; their argument names are checked
// against these declarations (tests/renderer/i18n-catalogs.test.ts, `npm run i18n:check`).
export interface IcuMessage<A extends readonly string[] = readonly string[]> {
  readonly icu: string;
  readonly args: A;
}

export function icu<const A extends readonly string[]>(message: string, ...args: A): IcuMessage<A> {
  return { icu: message, args };
}

export function isIcuMessage(value: unknown): value is IcuMessage {
  return typeof value === 'object' && value !== null && 'icu' in value && 'args' in value;
}

/** What a screen passes for one argument: text, or a number the library formats for the locale. */
export type ArgValue = string | number;

/**
 * The source catalog's shape: plain strings (ICU without arguments), messages with arguments,
 * nested areas, and — until an area file is converted — plain functions returning Chinese text.
 */
export type SourceCatalog = { readonly [key: string]: string | IcuMessage | ((...args: never[]) => string) | SourceCatalog };

/** A translation of a source catalog: the same keys, each an ICU string (or a nested area). */
export type Translation<C> = {
  readonly [K in keyof C]?: C[K] extends string | IcuMessage | ((...args: never[]) => string) ? string : Translation<C[K]>;
};

/** What a screen sees: strings stay strings, messages with arguments become functions of them. */
export type Bound<C> = {
  readonly [K in keyof C]: C[K] extends string
    ? string
    : C[K] extends IcuMessage<infer A>
      ? (...args: { [I in keyof A]: ArgValue }) => string
      : C[K] extends (...args: infer P) => string
        ? (...args: P) => string
        : Bound<C[K]>;
};
