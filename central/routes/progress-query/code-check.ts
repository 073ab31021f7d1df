// Whether a typed 查询码 opens a case, behind the guess limiter. Shared by the kiosk lookup and the
// phone page, so guesses from both count against the same case.
import { timingSafeEqual } from 'node:crypto';
import type { StoredCase } from '../cases/case-store.ts';
import { queryCodeHash, type CaseKeys } from '../cases/resident-key.ts';
import type { Queryable } from '../../storage/database.ts';
import { createGuessLimiter, type GuessLimiter } from './guess-limiter.ts';

export interface CodeGuessLimits {
  /** Wrong codes for one case, from anywhere: what stops walking one case's 10^8 codes. */
  perCase: GuessLimiter;
  /** Wrong codes from one kiosk or address, over all cases: higher, a hall has many residents. */
  perCaller: GuessLimiter;
}

const WINDOW_MS = 15 * 60_000;

export function createCodeGuessLimits(db: Queryable, now: () => number): CodeGuessLimits {
  return {
    perCase: createGuessLimiter(db, { scope: 'case', maxFailures: 5, windowMs: WINDOW_MS, now }),
    perCaller: createGuessLimiter(db, { scope: 'caller', maxFailures: 30, windowMs: WINDOW_MS, now }),
  };
}

export type CodeCheck = { ok: true } | { ok: false; wrong: true } | { ok: false; wrong: false; retryAfterSeconds: number };

export async function checkQueryCode(c: StoredCase, queryCode: string, caller: string, keys: CaseKeys, limits: CodeGuessLimits): Promise<CodeCheck> {
  const blocked = Math.max((await limits.perCase.blockedFor([c.caseNumber])) ?? 0, (await limits.perCaller.blockedFor([caller])) ?? 0);
  if (blocked > 0) return { ok: false, wrong: false, retryAfterSeconds: blocked };
  const given = Buffer.from(keys.codeCheck(queryCodeHash(queryCode)), 'hex');
  const kept = Buffer.from(c.codeCheck, 'hex');
  if (given.length === kept.length && timingSafeEqual(given, kept)) return { ok: true };
  await limits.perCase.fail([c.caseNumber]);
  await limits.perCaller.fail([caller]);
  return { ok: false, wrong: true };
}
