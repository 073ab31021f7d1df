// A catalog entry with arguments. The zh-CN catalog (the source every other language follows)
// declares each message's argument names in the order screens pass them, so `t.issuedAt(time)`
// stays a positional call while the message itself is ICU MessageFormat with named arguments
// ('取号时间 {time}'). Other languages give only the ICU string; their argument names are checked
// against these declarations (tests/renderer/i18n-catalogs.test.ts, `npm run i18n:check`).
// The core's says catalog (terminal/says/) declares its messages the same way as the screens'.
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
