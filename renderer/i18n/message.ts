// The shape of the screens' catalogs and of what a screen sees once a catalog is bound to its
// language. A message with arguments is an IcuMessage (shared/icu-message.ts).
import type { IcuMessage } from '../../shared/icu-message.ts';

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
