// Filing a case (事项办理 and 诉求反映 alike): the 办件编号 from this kiosk's sequence, a random
// 查询码 of which only the sha256 is stored and sent, the transaction with its outbox row and the
// receipt's print job — all committed in ONE SQLite transaction before a byte goes to the printer.
// Delivered to central exactly once by the outbox, like tickets; works with no hub at all.
import { createHash, randomInt } from 'node:crypto';
import { caseProgressUrl, formatCaseNumber, QUERY_CODE_LENGTH } from '../../shared/contract/cases.ts';
import type { PrintReport } from '../api.ts';
import { encodeReceipt, type Receipt } from '../../printing/receipt.ts';
import type { Db } from '../store/open-store.ts';
import { rethrowStorageError, type NewTransaction, type TransactionStore } from '../store/transactions.ts';
import type { PrintJobStore } from '../store/print-jobs.ts';
import type { PrintQueue } from '../print-queue.ts';
import { nextCaseNumber } from '../store/case-sequence.ts';
import type { Session } from '../session.ts';

export interface CaseFilingDeps {
  db: Db;
  transactions: TransactionStore;
  printJobs: PrintJobStore;
  printQueue: PrintQueue;
  site: () => { name: string; code: string; timeZone: string };
  columns: () => 32 | 42 | 48;
  now: () => Date;
  /** The terminal's number at its hub (1–9999), 0 while it does not know one (not enrolled). */
  terminalNumber: () => number;
  /** Where a phone reaches the hub's progress page (the receipt's QR); null: no QR (stand-alone). */
  progressBase: () => string | null;
  queuedForSync: () => boolean;
  onPrintReport(transactionId: string, report: PrintReport): void;
  /** How long the resident's screen waits for the printer before showing the number anyway. */
  printWaitMs: number;
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
  const file = deps.db.transaction(() => {
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
    const qrUrl = base ? caseProgressUrl(base, caseNumber, queryCode) : null;
    const receipt = c.receipt(formatCaseNumber(caseNumber), qrUrl, submittedAt, queuedForSync, queryCode);
    const jobId = deps.printJobs.create(transactionId, encodeReceipt(receipt, deps.columns()));
    return { caseNumber, transactionId, jobId };
  });
  let filed: ReturnType<typeof file>;
  try {
    filed = file();
  } catch (err) {
    rethrowStorageError(err);
  }
  c.session.transactionIds.add(filed.transactionId);

  const printing = deps.printQueue.submit(filed.jobId);
  void printing.then((report) => deps.onPrintReport(filed.transactionId, report));
  const print = await Promise.race([
    printing,
    new Promise<PrintReport>((resolve) => setTimeout(() => resolve({ state: 'printing' }), deps.printWaitMs).unref()),
  ]);
  return {
    transactionId: filed.transactionId,
    caseNumber: filed.caseNumber,
    formattedCaseNumber: formatCaseNumber(filed.caseNumber),
    queryCode,
    submittedAt,
    print,
    queuedForSync,
  };
}
