// The 办件编号 as it is typed on the number pad: shown in the receipt's groups (0012-0000345-7),
// checked at each key so a wrong digit is caught before anything is asked of the hub.
import { CASE_NUMBER_LENGTH, QUERY_CODE_LENGTH, checkCaseNumber } from '../../../shared/contract/cases.ts';

export type TypedNumber =
  | { state: 'incomplete'; left: number }
  | { state: 'wrong' }
  | { state: 'ok'; caseNumber: string };

/** Appends a key to the digits typed so far: digits only, never past 12. */
export function typeDigit(typed: string, key: string, max: number = CASE_NUMBER_LENGTH): string {
  return /^[0-9]$/.test(key) && typed.length < max ? typed + key : typed;
}

export function checkTyped(typed: string): TypedNumber {
  if (typed.length < CASE_NUMBER_LENGTH) return { state: 'incomplete', left: CASE_NUMBER_LENGTH - typed.length };
  const check = checkCaseNumber(typed);
  return check.ok ? { state: 'ok', caseNumber: check.caseNumber } : { state: 'wrong' };
}

/** 4-7-1 as printed on the receipt, for as many digits as there are. */
export function groupTyped(typed: string): string {
  return [typed.slice(0, 4), typed.slice(4, 11), typed.slice(11)].filter(Boolean).join('-');
}

export const codeComplete = (code: string) => code.length === QUERY_CODE_LENGTH;
