// A message the core composed shows in the resident's language: the core sends its Chinese text
// with the message's id and values in the says catalog (terminal/says/). An id this renderer does
// not know (a newer core) shows the Chinese text, never an empty notice.
import { sourceOf, type Say } from '../../terminal/says/say.ts';
import { t } from './index.ts';
import type { ArgValue } from './message.ts';

/** `strings`: the catalog to say it from (the Mandarin voice asks tZh for the same words). */
export function saidText(message: string, say?: Say | null, strings: Pick<typeof t, 'says'> = t): string {
  if (!say) return message;
  const source = sourceOf(say.id);
  if (!source) return message;
  const [area, key] = say.id.split('.', 2) as [string, string];
  const entry = (strings.says as unknown as Record<string, Record<string, unknown> | undefined>)[area]?.[key];
  if (typeof entry === 'string') return entry;
  if (typeof entry === 'function') return (entry as (...args: ArgValue[]) => string)(...source.args.map((name) => say.values?.[name] ?? ''));
  return message;
}

/** What a failed call says to the resident, in their language when the core named its message. */
export function errorText(err: unknown, strings: Pick<typeof t, 'says'> = t): string {
  if (!(err instanceof Error)) return String(err);
  return saidText(err.message, (err as Error & { say?: Say }).say, strings);
}
