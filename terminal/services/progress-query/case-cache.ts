// The last-known state of the cases a resident (or a typed number + 查询码) was shown, so that
// offline the kiosk can still say what it knew and since when ("截至 …"). Each row is sealed and
// filed under an owner key: an HMAC of the ID number (or of the number and code typed) with a key
// derived from the store key, so a card only ever opens its own rows, and kiosk.db alone reveals
// neither who asked nor what the clerk replied.
import { createHmac } from 'node:crypto';
import type { CaseView } from '../../../shared/contract/cases.ts';
import type { Db } from '../../store/open-store.ts';
import { createFieldCipher } from '../../store/field-cipher.ts';

export type CaseOwner = { by: 'resident'; idNumber: string } | { by: 'number'; caseNumber: string; queryCode: string | null };

export interface CachedCases {
  cases: (CaseView & { repliesHidden: boolean })[];
  /** The oldest checkedAt among the rows: what "截至" must say. */
  asOf: string;
}

/** How long a last-known copy is kept when its owner does not come back. */
export const KEEP_DAYS = 180;

/** The case cache's key, derived from the store key (no second key file to keep). */
export function progressKey(storeKey: Buffer): Buffer {
  return createHmac('sha256', storeKey).update('kiosk progress cache v1').digest();
}

export function createCaseCache(db: Db, key: Buffer) {
  const cipher = createFieldCipher(createHmac('sha256', key).update('seal').digest());
  const ownerOf = (owner: CaseOwner) =>
    createHmac('sha256', key)
      .update(owner.by === 'resident' ? `resident:${owner.idNumber.toUpperCase()}` : `number:${owner.caseNumber}:${owner.queryCode ?? ''}`)
      .digest('hex');
  const upsert = db.prepare(
    `INSERT INTO case_cache (owner, case_number, view, checked_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (owner, case_number) DO UPDATE SET view = excluded.view, checked_at = excluded.checked_at`,
  );
  const dropOwner = db.prepare('DELETE FROM case_cache WHERE owner = ?');
  const select = db.prepare('SELECT view, checked_at FROM case_cache WHERE owner = ? ORDER BY case_number');
  // A copy nobody asked after for half a year is only a liability: it goes when anything is remembered.
  const dropStale = db.prepare('DELETE FROM case_cache WHERE checked_at < ?');

  return {
    /** Replaces what this owner had with the hub's latest answer (a case the hub no longer lists goes). */
    remember(owner: CaseOwner, cases: (CaseView & { repliesHidden: boolean })[], checkedAt: string): void {
      const key = ownerOf(owner);
      db.transaction(() => {
        dropStale.run(new Date(Date.parse(checkedAt) - KEEP_DAYS * 86_400_000).toISOString());
        dropOwner.run(key);
        for (const c of cases) {
          const { caseNumber, kind, title, status, steps, submittedAt, repliesHidden } = c;
          upsert.run(key, caseNumber, cipher.seal(JSON.stringify({ caseNumber, kind, title, status, steps, submittedAt, repliesHidden })), checkedAt);
        }
      })();
    },
    /** What was last known for this owner, or null when the kiosk never looked for them. */
    recall(owner: CaseOwner): CachedCases | null {
      const rows = select.all(ownerOf(owner)) as { view: Buffer; checked_at: string }[];
      if (rows.length === 0) return null;
      const asOf = rows.map((r) => r.checked_at).sort()[0]!;
      return { cases: rows.map((r) => JSON.parse(cipher.open(r.view))), asOf };
    },
  };
}

export type CaseCache = ReturnType<typeof createCaseCache>;
