// A case-making transaction (application, demand) arriving in a batch. Checked before anything is
// stored: the payload against the contract, the case number's terminal prefix against the sender,
// and the number against every case already here. A refusal refuses the batch (422 naming the
// item: the kiosk parks it and resends the rest), so a forged or colliding number changes nothing.
// The transaction is stored without its personal part and the 查询码 hash; the case row keeps the
// pseudonym and what the clerk needs (details).
import type { z } from 'zod';
import type { TransactionItem } from '../../shared/contract/schemas.ts';
import type { PreparedItem } from '../routes/transaction-kinds.ts';
import { ItemRefused } from '../routes/transactions.ts';
import { lineageOf } from './lineage.ts';
import { insertCase, type CaseKind } from './case-store.ts';
import type { CaseKeys } from './resident-key.ts';

/** What a service reads out of its payload to make a case. */
export interface CaseDraft {
  caseNumber: string;
  title: string;
  anonymous: boolean;
  idNumber: string | null;
  queryCodeHash: string;
  /** Kept in the cases row for the clerk. */
  details: Record<string, unknown>;
  /** Kept in the transactions row (payload.data): nothing personal, no code hash. */
  storedData: Record<string, unknown>;
}

/** Parses one part of the payload or refuses the item, naming the field (never its value). */
export function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map(String)].join('.');
  throw new ItemRefused('invalid-item', `${path}: ${issue?.message ?? 'invalid'}`, path);
}

export function prepareCase(item: TransactionItem, kind: CaseKind, read: (payload: { data?: unknown; personal?: unknown }) => CaseDraft, keys: CaseKeys): PreparedItem {
  const payload = item.payload as { data?: unknown; personal?: unknown };
  const draft = read(payload);
  const { personal: _dropped, ...rest } = payload;
  const stored: TransactionItem = { ...item, payload: { ...rest, data: draft.storedData } };
  // An anonymous case is nobody's, even when the kiosk sent an ID number by mistake.
  const residentKey = draft.anonymous || !draft.idNumber ? null : keys.resident(draft.idNumber);
  return {
    stored,
    async apply(tx, terminalId) {
      const prefix = Number(draft.caseNumber.slice(0, 4));
      // 0000: made before the kiosk had a number (not yet enrolled): accepted from any terminal,
      // unique only by the number itself.
      if (prefix !== 0 && !(await lineageOf(tx, terminalId)).some((t) => t.terminalNumber === prefix)) {
        throw new ItemRefused(
          'case-number-not-yours',
          `case number ${draft.caseNumber} starts with terminal number ${draft.caseNumber.slice(0, 4)}, which is not this terminal's`,
          'payload.data.caseNumber',
        );
      }
      const created = await insertCase(tx, {
        caseNumber: draft.caseNumber,
        kind,
        title: draft.title,
        anonymous: draft.anonymous,
        residentKey,
        codeCheck: keys.codeCheck(draft.queryCodeHash),
        details: draft.details,
        terminalId,
        transactionId: item.id,
        submittedAt: item.occurredAt,
      });
      if (!created) {
        throw new ItemRefused('case-number-taken', `case number ${draft.caseNumber} is already another transaction's case`, 'payload.data.caseNumber');
      }
    },
  };
}
