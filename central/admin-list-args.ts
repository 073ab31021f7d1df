// What kioskctl's paged lists (cases, ratings) share: the --limit word, the hint for the next page,
// and the error a mistyped word becomes (kioskctl prints it with the usage).
export class AdminArgsError extends Error {}

const DEFAULT_PAGE = 100;

export function limitArg(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PAGE;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new AdminArgsError(`--limit must be a whole number from 1 to 500, not "${text}"`);
  return n;
}

/** Under a full page, how to see the next one (a short page is the last). */
export function nextPageHint(shown: number, limit: number, command: string, lastKey: string | undefined): string {
  return shown === limit && lastKey ? `\nmore: kioskctl ${command} --after ${lastKey}` : '';
}
