// A case-making transaction (application, demand) arriving in a batch. Checked before anything is
// stored: the payload against the contract, the case number's terminal prefix against the sender,
// and the number against every case already here. A refusal refuses the batch (422 naming the
// item: the kiosk parks it and resends the rest), so a forged or colliding number changes nothing.
// The transaction is stored without its personal part and the 查询码 hash; the case row keeps the
// pseudonym and what the clerk needs (details).
import type { z } from 'zod';
import type { TransactionItem } from '../../../shared/contract/schemas.ts';
import type { SmsNoticeOptIn } from '../../../shared/contract/cases.ts';
import { recordNoticeRecipients } from '../../notify/outbox.ts';
import { ItemRefused, type PreparedItem } from '../transactions.ts';
import type { Queryable } from '../../storage/database.ts';
import { lineageOf } from './lineage.ts';
import { insertCases, type CaseKind } from './case-store.ts';
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
  /** The resident's opt-in to SMS notices (issue 26), kept apart from details; null: none. */
  smsNotice: SmsNoticeOptIn | null;
}

/** Parses one part of the payload or refuses the item, naming the field (never its value). */
export function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map(String)].join('.');
  throw new ItemRefused('invalid-item', `${path}: ${issue?.message ?? 'invalid'}`, path);
}

/** A case-making item ready to store: its draft read and checked, the pseudonym made. */
class PreparedCase implements PreparedItem {
  constructor(
    readonly item: TransactionItem,
    readonly stored: TransactionItem,
    readonly kind: CaseKind,
    readonly draft: CaseDraft,
    readonly residentKey: string | null,
    readonly codeCheck: string,
  ) {}

  apply(tx: Queryable, terminalId: string): Promise<void> {
    return applyCases(tx, terminalId, [this]);
  }

  readonly applyTogether = applyCases;
}

/**
 * Stores a run of cases from one batch with a statement per table. The first item in the batch's
 * order that fails (a number not this terminal's, or taken) refuses the batch, as one by one would.
 */
async function applyCases(tx: Queryable, terminalId: string, run: readonly PreparedItem[]): Promise<void> {
  const cases = run.filter((p): p is PreparedCase => p instanceof PreparedCase);
  if (cases.length === 0) return;
  const numbers = new Set((await lineageOf(tx, terminalId)).map((t) => t.terminalNumber));
  // 0000: made before the kiosk had a number (not yet enrolled): accepted from any terminal,
  // unique only by the number itself.
  const yours = (c: PreparedCase) => {
    const prefix = Number(c.draft.caseNumber.slice(0, 4));
    return prefix === 0 || numbers.has(prefix);
  };
  const created = await insertCases(
    tx,
    terminalId,
    cases.filter(yours).map((c) => ({
      caseNumber: c.draft.caseNumber,
      kind: c.kind,
      title: c.draft.title,
      anonymous: c.draft.anonymous,
      residentKey: c.residentKey,
      codeCheck: c.codeCheck,
      details: c.draft.details,
      transactionId: c.item.id,
      submittedAt: c.item.occurredAt,
    })),
  );
  for (const c of cases) {
    const number = c.draft.caseNumber;
    if (!yours(c)) {
      throw new ItemRefused('case-number-not-yours', `case number ${number} starts with terminal number ${number.slice(0, 4)}, which is not this terminal's`, 'payload.data.caseNumber', c.item);
    }
    if (!created.has(c.item.id)) throw new ItemRefused('case-number-taken', `case number ${number} is already another transaction's case`, 'payload.data.caseNumber', c.item);
  }
  await recordNoticeRecipients(tx, cases.flatMap((c) => (c.draft.smsNotice ? [{ caseNumber: c.draft.caseNumber, ...c.draft.smsNotice }] : [])));
}

export function prepareCase(item: TransactionItem, kind: CaseKind, read: (payload: { data?: unknown; personal?: unknown }) => CaseDraft, keys: CaseKeys): PreparedItem {
  const payload = item.payload as { data?: unknown; personal?: unknown };
  const draft = read(payload);
  const { personal: _dropped, ...rest } = payload;
  const stored: TransactionItem = { ...item, payload: { ...rest, data: draft.storedData } };
  // An anonymous case is nobody's, even when the kiosk sent an ID number by mistake.
  const residentKey = draft.anonymous || !draft.idNumber ? null : keys.resident(draft.idNumber);
  return new PreparedCase(item, stored, kind, draft, residentKey, keys.codeCheck(draft.queryCodeHash));
}
