// Sends persisted print jobs to the receipt printer one at a time. A job the printer could not
// finish (paper end, cover open) waits and is printed once more when the printer is ready again:
// never twice, never lost. Jobs that wait too long are given up: the resident has left.
// A printer that keeps the unprinted rest in its buffer prints it after the refill; the driver
// clears that buffer first, and when it cannot, the job is not sent again (the resident would get
// the rest of the first ticket and a whole second one) and the resident is told to keep the number.
import type { PrinterState, ReceiptPrinterDevice, PrintOutcome } from '../drivers/types.ts';
import type { PrintReport } from './print-report.ts';
import type { PrintJobStore } from './store/print-jobs.ts';
import { said, type Said } from './says/say.ts';

/** A job may reach paper at most this many times (the first try and one resume). */
const MAX_PRINTS = 2;
/** A waiting ticket older than this is no longer printed: nobody is standing there for it. */
export const WAITING_JOB_EXPIRY_MS = 15 * 60 * 1000;

/** What the resident reads while the slip waits for the printer (or when it is given up). */
export function residentMessageFor(state: PrinterState['state'] | 'timeout'): Said {
  switch (state) {
    case 'paper-end':
      return said('core.printWaitingPaperEnd');
    case 'cover-open':
      return said('core.printWaitingCoverOpen');
    default:
      return said('core.printWaitingUnavailable');
  }
}

/** For a ticket that will not be printed again: the number on screen is what counts. */
export function unfinishedTicketMessage(state: PrinterState['state'] | 'timeout'): Said {
  return said(state === 'paper-end' ? 'core.printUnfinishedPaperEnd' : state === 'cover-open' ? 'core.printUnfinishedCoverOpen' : 'core.printUnfinishedFault');
}

export interface PrintQueueOptions {
  jobs: PrintJobStore;
  printer: ReceiptPrinterDevice;
  now: () => number;
  onReport(transactionId: string, report: PrintReport): void;
}

export function createPrintQueue({ jobs, printer, now, onReport }: PrintQueueOptions) {
  let chain: Promise<unknown> = Promise.resolve();
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };

  async function printOne(jobId: string): Promise<PrintReport> {
    const job = jobs.get(jobId);
    if (job?.state === 'done') return { state: 'printed' };
    if (!job || job.state !== 'pending') return { state: 'failed', ...residentMessageFor('offline') };
    if (now() - Date.parse(job.createdAt) > WAITING_JOB_EXPIRY_MS) {
      jobs.markFailed(jobId, 'expired while waiting for the printer');
      return { state: 'failed', ...residentMessageFor('offline') };
    }
    jobs.markPrinting(jobId);
    let outcome: PrintOutcome;
    try {
      outcome = await printer.print(job.bytes);
    } catch (err) {
      outcome = { ok: false, state: { state: 'offline', reason: (err as Error).message }, partial: true };
    }
    if (outcome.ok) {
      try {
        jobs.markDone(jobId);
      } catch (err) {
        // A full disk after the slip came out: it is on paper, so the resident is told so. The row
        // stays 'printing' and is closed as interrupted at the next start: never printed twice.
        const code = (err as { code?: string })?.code ?? '';
        if (code !== 'SQLITE_FULL' && !code.startsWith('SQLITE_IOERR')) throw err;
      }
      return { state: 'printed' };
    }
    if (outcome.partial && outcome.printerMayFinish) {
      jobs.markFailed(jobId, `printer ${outcome.state.state} mid-job and may still print the rest itself: not sent again`);
      return { state: 'failed', ...unfinishedTicketMessage(outcome.state.state) };
    }
    if (!outcome.partial) jobs.uncountAttempt(jobId);
    const timesOnPaper = jobs.get(jobId)?.attempts ?? MAX_PRINTS;
    const told = residentMessageFor(outcome.state.state);
    if (timesOnPaper >= MAX_PRINTS) {
      jobs.markFailed(jobId, `printer ${outcome.state.state} on the last allowed attempt`);
      return { state: 'failed', ...told };
    }
    jobs.markWaiting(jobId, `printer ${outcome.state.state}`);
    return { state: 'waiting', ...told };
  }

  const submit = (jobId: string): Promise<PrintReport> => serialised(() => printOne(jobId));

  /** Tries every waiting job again, oldest first; reports each outcome. */
  const resumeWaiting = (): Promise<void> =>
    serialised(async () => {
      for (const job of jobs.pending()) {
        const report = await printOne(job.id);
        onReport(job.transactionId, report);
        if (report.state === 'waiting') break; // still not ready: keep the order, try later
      }
    });

  const onStatus = (status: PrinterState) => {
    if (status.state === 'ready' && jobs.pending().length > 0) void resumeWaiting();
  };
  printer.on('status', onStatus);

  return {
    submit,
    resumeWaiting,
    close() {
      printer.off('status', onStatus);
    },
  };
}

export type PrintQueue = ReturnType<typeof createPrintQueue>;
