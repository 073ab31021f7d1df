// Cases this kiosk recorded itself (transactions of kind `application` / `demand`) that the hub
// has not acknowledged yet: the hub cannot know them, so they are shown from the local store as
// 已接件 (待上报), online or not. Their ID number is in the sealed personal part; it is opened here
// only to compare, never returned.
import { createHash } from 'node:crypto';
import {
  APPLICATION_KIND,
  DEMAND_KIND,
  applicationDataSchema,
  demandDataSchema,
  type CaseView,
} from '../../../shared/contract/cases.ts';
import type { Db } from '../../store/open-store.ts';
import type { TransactionStore } from '../../store/transactions.ts';
import type { CaseOwner } from './case-cache.ts';

export interface LocalCase extends CaseView {
  anonymous: boolean;
  queryCodeHash: string;
  transactionId: string;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export function createLocalCases(db: Db, transactions: TransactionStore) {
  const unsent = db.prepare(
    `SELECT id, kind, occurred_at, data FROM transactions WHERE kind IN (?, ?) AND acknowledged_at IS NULL ORDER BY id`,
  );
  const all = (): LocalCase[] =>
    (unsent.all(APPLICATION_KIND, DEMAND_KIND) as { id: string; kind: string; occurred_at: string; data: string }[]).flatMap((row): LocalCase[] => {
      const json = JSON.parse(row.data) as unknown;
      const step = { status: '已接件' as const, at: row.occurred_at, reply: null };
      if (row.kind === APPLICATION_KIND) {
        const d = applicationDataSchema.safeParse(json);
        if (!d.success) return [];
        return [{ caseNumber: d.data.caseNumber, kind: 'application' as const, title: d.data.itemName, status: '已接件' as const, steps: [step], submittedAt: row.occurred_at, anonymous: false, queryCodeHash: d.data.queryCodeHash, transactionId: row.id }];
      }
      const d = demandDataSchema.safeParse(json);
      if (!d.success) return [];
      return [{ caseNumber: d.data.caseNumber, kind: 'demand' as const, title: d.data.category, status: '已接件' as const, steps: [step], submittedAt: row.occurred_at, anonymous: d.data.anonymous, queryCodeHash: d.data.queryCodeHash, transactionId: row.id }];
    });

  return {
    /** The owner's unsent cases: by card, their own non-anonymous ones; by number, that one. */
    of(owner: CaseOwner): LocalCase[] {
      if (owner.by === 'number') return all().filter((c) => c.caseNumber === owner.caseNumber);
      const id = owner.idNumber.toUpperCase();
      return all().filter((c) => {
        if (c.anonymous) return false;
        const personal = transactions.personalOf(c.transactionId) as { idNumber?: unknown } | null;
        return typeof personal?.idNumber === 'string' && personal.idNumber.toUpperCase() === id;
      });
    },
  };
}

export type LocalCases = ReturnType<typeof createLocalCases>;
