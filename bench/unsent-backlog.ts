// Unsent transactions as a busy hall piles them up offline (a ticket and its rating per visit),
// recorded and sealed as the kiosk records them: the backlog the sync and start-up benches face.
import type { FieldCipher } from '../terminal/store/field-cipher.ts';
import type { Db } from '../terminal/store/open-store.ts';
import { createTransactionStore } from '../terminal/store/transactions.ts';

export function recordUnsentBacklog(db: Db, cipher: FieldCipher, count: number): void {
  const transactions = createTransactionStore(db, cipher);
  db.transaction(() => {
    for (let visit = 0; visit * 2 < count; visit++) {
      const ticket = transactions.record({
        sessionId: `s${visit}`,
        seq: 0,
        kind: 'queue-ticket',
        serviceId: 'queue',
        occurredAt: new Date(),
        data: { ticketNumber: `A${String(visit % 1000).padStart(3, '0')}`, queueId: 'general' },
        personal: { idNumber: '510122195603070013', name: '张伟民' },
      });
      if (visit * 2 + 1 === count) break;
      // A rating as the hub's contract takes it (shared/contract/cases.ts ratingDataSchema).
      transactions.record({
        sessionId: `s${visit}`,
        seq: 1,
        kind: 'rating',
        serviceId: 'queue',
        occurredAt: new Date(),
        data: { target: { type: 'transaction', transactionId: ticket }, level: 4, label: '满意', reason: null },
        personal: { reasonText: null },
      });
    }
  })();
}
