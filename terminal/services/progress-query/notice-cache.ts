// The greeting's count of new results as the hub last gave it for a resident, so that their next
// card read can say "您有 N 件办理结果" at once while the hub is asked again (issue 21). Only the
// count and when it was kept, filed under an HMAC of the ID number with a key derived from the
// store key: kiosk.db alone says neither whose count it is nor anything of the cases.
import { createHmac } from 'node:crypto';
import type { Db } from '../../store/open-store.ts';
import { KEEP_DAYS } from './case-cache.ts';

export function createNoticeCache(db: Db, key: Buffer, now: () => Date) {
  const ownerKey = createHmac('sha256', key).update('notice owner').digest();
  const ownerOf = (idNumber: string) => createHmac('sha256', ownerKey).update(idNumber.toUpperCase()).digest('hex');
  const upsert = db.prepare(
    `INSERT INTO progress_notices (owner, count, kept_at) VALUES (?, ?, ?)
     ON CONFLICT (owner) DO UPDATE SET count = excluded.count, kept_at = excluded.kept_at`,
  );
  const select = db.prepare('SELECT count FROM progress_notices WHERE owner = ?');
  // A count nobody came back for in half a year is only a liability: it goes when anything is kept.
  const dropStale = db.prepare('DELETE FROM progress_notices WHERE kept_at < ?');

  return {
    remember(idNumber: string, count: number): void {
      const at = now();
      db.transaction(() => {
        dropStale.run(new Date(at.getTime() - KEEP_DAYS * 86_400_000).toISOString());
        upsert.run(ownerOf(idNumber), count, at.toISOString());
      })();
    },
    /** The last count for this resident, or null when the hub never counted for them here. */
    recall(idNumber: string): number | null {
      const row = select.get(ownerOf(idNumber)) as { count: number } | undefined;
      return row?.count ?? null;
    },
  };
}

export type NoticeCache = ReturnType<typeof createNoticeCache>;
