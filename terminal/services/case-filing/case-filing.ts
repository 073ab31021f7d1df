// Filing a case (事项办理 and 诉求反映 alike): the 办件编号 from this kiosk's sequence, a random
// 查询码 of which only the sha256 is stored and sent, the transaction with its outbox row and the
// receipt's print job — all committed in ONE SQLite transaction before a byte goes to the printer.
// Delivered to central exactly once by the outbox, like tickets; works with no hub at all.
import { createHash, randomInt } from 'node:crypto';
import { caseProgressUrl, formatCaseNumber, QUERY_CODE_LENGTH } from '../../../shared/contract/cases.ts';
import type { PrintReport } from '../../print-report.ts';
import type { Receipt } from '../../../printing/receipt.ts';
import type { Db } from '../../store/open-store.ts';
import type { NewTransaction, TransactionStore } from '../../store/transactions.ts';
import type { PrintSlip } from '../receipt-slip.ts';
import { nextCaseNumber } from './case-sequence.ts';
import type { Session } from '../../session.ts';
import type { ServiceContext } from '../service-context.ts';

export interface CaseFilingDeps {
  db: Db;
  transactions: TransactionStore;
  printSlip: PrintSlip;
  site: () => { name: string; code: string; timeZone: string };
  now: () => Date;
  /** The terminal's number at its hub (1–9999), 0 while it does not know one (not enrolled). */
  terminalNumber: () => number;
  /** Where a phone reaches the hub's progress page (the receipt's QR); null: no QR (stand-alone). */
  progressBase: () => string | null;
  queuedForSync: () => boolean;
}

/** The filing deps of a kiosk's core: the hub's number for this terminal and its progress page are read at each case. */
export function caseFilingDeps(ctx: ServiceContext, hub: Pick<CaseFilingDeps, 'terminalNumber' | 'progressBase'>): CaseFilingDeps {
  return {
    db: ctx.db,
    transactions: ctx.transactions,
    printSlip: ctx.printSlip,
    site: () => ctx.config().site,
    now: ctx.now,
    terminalNumber: hub.terminalNumber,
    progressBase: hub.progressBase,
    queuedForSync: () => !ctx.online(),
  };
}

/** 8 random digits, not derived from anything: case numbers are sequential, the code must not be. */
export function newQueryCode(): string {
  return String(randomInt(0, 10 ** QUERY_CODE_LENGTH)).padStart(QUERY_CODE_LENGTH, '0');
}

export function hashQueryCode(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

export interface CaseToFile {
  session: Session;
  seq: number;
  serviceId: string;
  kind: Extract<NewTransaction['kind'], 'application' | 'demand'>;
  /** payload.data, given the new case's number and the hash of its 查询码 (checked by the caller's schema). */
  data(caseNumber: string, queryCodeHash: string): Record<string, unknown>;
  personal: Record<string, unknown>;
  /** Rows of the case's own (事项办理's pages), written in the case's SQLite transaction once its id is known. */
  withCase?(transactionId: string): void;
  /** The receipt, given the formatted number, the QR's URL (null without a hub) and the time. */
  receipt(formatted: string, qrUrl: string | null, submittedAt: Date, queuedForSync: boolean, queryCode: string): Receipt;
}

export interface FiledCase {
  transactionId: string;
  caseNumber: string;
  formattedCaseNumber: string;
  queryCode: string;
  submittedAt: Date;
  print: PrintReport;
  queuedForSync: boolean;
}

export async function fileCase(deps: CaseFilingDeps, c: CaseToFile): Promise<FiledCase> {
  const submittedAt = deps.now();
  const queuedForSync = deps.queuedForSync();
  const queryCode = newQueryCode();
  const base = deps.progressBase();
  const filed = await deps.printSlip(c.session, () => {
    const { caseNumber } = nextCaseNumber(deps.db, deps.terminalNumber());
    const transactionId = deps.transactions.record({
      sessionId: c.session.id,
      seq: c.seq,
      kind: c.kind,
      serviceId: c.serviceId,
      occurredAt: submittedAt,
      data: c.data(caseNumber, hashQueryCode(queryCode)),
      personal: c.personal,
    });
    c.withCase?.(transactionId);
    const qrUrl = base ? caseProgressUrl(base, caseNumber, queryCode) : null;
    return { caseNumber, transactionId, receipt: c.receipt(formatCaseNumber(caseNumber), qrUrl, submittedAt, queuedForSync, queryCode) };
  });
  return {
    transactionId: filed.transactionId,
    caseNumber: filed.caseNumber,
    formattedCaseNumber: formatCaseNumber(filed.caseNumber),
    queryCode,
    submittedAt,
    print: filed.print,
    queuedForSync,
  };
}
