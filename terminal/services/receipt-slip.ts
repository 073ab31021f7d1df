// The one way a service hands the resident a paper slip: the transaction (with its outbox row) and
// the slip's print job are committed in ONE SQLite transaction before a byte goes to the printer,
// so a printer's trouble never loses a ticket or a case; then the job is submitted and the screen
// waits a moment for the printer (not longer: the number is on screen and the job waits for paper).
import { encodeReceipt, type Receipt } from '../../printing/receipt.ts';
import type { PrintReport } from '../print-report.ts';
import type { PrintQueue } from '../print-queue.ts';
import type { Session } from '../session.ts';
import type { Db } from '../store/open-store.ts';
import type { PrintJobStore } from '../store/print-jobs.ts';
import { rethrowStorageError } from '../store/transactions.ts';

/** How long the resident's screen waits for the printer before showing the slip's number anyway. */
export const PRINT_WAIT_MS = 8000;

export interface SlipPrinterDeps {
  db: Db;
  printJobs: PrintJobStore;
  printQueue: PrintQueue;
  columns(): 32 | 42 | 48;
  onPrintReport(transactionId: string, report: PrintReport): void;
  printWaitMs?: number;
}

/**
 * Runs `record` inside one SQLite transaction (it records the service's transaction and returns
 * its id, the slip, and whatever else it numbered), adds the slip's print job to it, then prints.
 * Resolves with what `record` returned (less the slip) and the printer's report so far.
 */
export type PrintSlip = <T extends { transactionId: string }>(session: Session, record: () => T & { receipt: Receipt }) => Promise<T & { print: PrintReport }>;

export function createSlipPrinter(deps: SlipPrinterDeps): PrintSlip {
  const waitMs = deps.printWaitMs ?? PRINT_WAIT_MS;
  return async function printSlip<T extends { transactionId: string }>(session: Session, record: () => T & { receipt: Receipt }) {
    const commit = deps.db.transaction(() => {
      const made = record();
      return { made, jobId: deps.printJobs.create(made.transactionId, encodeReceipt(made.receipt, deps.columns())) };
    });
    let committed: ReturnType<typeof commit>;
    try {
      committed = commit();
    } catch (err) {
      rethrowStorageError(err);
    }
    const { made, jobId } = committed;
    session.transactionIds.add(made.transactionId);
    const printing = deps.printQueue.submit(jobId);
    void printing.then((report) => deps.onPrintReport(made.transactionId, report));
    const print = await Promise.race([
      printing,
      new Promise<PrintReport>((resolve) => setTimeout(() => resolve({ state: 'printing' }), waitMs).unref()),
    ]);
    return { ...made, print };
  };
}
