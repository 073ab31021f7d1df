// Who a case belongs to, without the ID number: the same HMAC construction as 议题公告's voter
// pseudonyms (routes/public-matters/voter-key.ts) under a key derived from the hub's one pseudonym
// secret for this purpose only. One key file to back up; yet a resident's votes and cases carry
// different pseudonyms, so the two tables cannot be joined on them without the key.
import { createHash, createHmac } from 'node:crypto';
import { voterPseudonym } from '../public-matters/voter-key.ts';

export interface CaseKeys {
  /** Resident pseudonyms of cases. */
  resident(idNumber: string): string;
  /**
   * What is kept of a 查询码: an HMAC of the sha256 the kiosk sent. The bare sha256 of 8 digits
   * falls to 10^8 guesses; this one needs the key too.
   */
  codeCheck(queryCodeHash: string): string;
}

export function caseKeys(hubPseudonymKey: Buffer): CaseKeys {
  const derive = (purpose: string) => createHmac('sha256', hubPseudonymKey).update(`kiosk-hub:${purpose}`).digest();
  const residentKey = derive('case-resident');
  const codeKey = derive('case-query-code');
  return {
    resident: (idNumber) => voterPseudonym(residentKey, idNumber),
    codeCheck: (queryCodeHash) => createHmac('sha256', codeKey).update(queryCodeHash.toLowerCase()).digest('hex'),
  };
}

/** sha256 hex of a typed 查询码, as the kiosk sends it in a case's transaction. */
export function queryCodeHash(queryCode: string): string {
  return createHash('sha256').update(queryCode).digest('hex');
}
