// 办件编号: TTTT (the terminal's number at its hub) + SSSSSSS (this sequence) + a Damm check digit.
// The sequence is the kiosk's own, from 1, never reused: not per day, not per terminal number (a
// kiosk enrolled again keeps counting), so two cases of this kiosk never share a number.
import { said } from '../../says/say.ts';
import { makeCaseNumber, MAX_CASE_SEQUENCE } from '../../../shared/contract/cases.ts';
import { KioskError } from '../../kiosk-error.ts';
import type { Db } from '../../store/open-store.ts';

/** Must run inside the caller's transaction, with the record of the case it numbers. */
export function nextCaseNumber(db: Db, terminalNumber: number): { caseNumber: string; sequence: number } {
  const row = db
    .prepare(
      `INSERT INTO case_sequence (id, last) VALUES (1, 1)
       ON CONFLICT (id) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get() as { last: number };
  if (row.last > MAX_CASE_SEQUENCE) {
    throw new KioskError('unavailable', said('cases.caseNumbersUsedUp'));
  }
  return { caseNumber: makeCaseNumber(terminalNumber, row.last), sequence: row.last };
}
