// Sends persisted print jobs to the receipt printer one at a time. A job the printer could not
// finish (paper end, cover open) waits and is printed once more when the printer is ready again:
// never twice, never lost. Jobs that wait too long are given up: the resident has left.
// A printer that keeps the unprinted rest in its buffer prints it after the refill; the driver
// clears that buffer first, and when it cannot, the job is not sent again (the resident would get
// the rest of the first ticket and a whole second one) and the resident is told to keep the number.
import type { PrinterState, ReceiptPrinterDevice, PrintOutcome } from '../drivers/types.ts';
import type { PrintReport } from './api.ts';
import type { PrintJobStore } from './store/print-jobs.ts';

/** A job may reach paper at most this many times (the first try and one resume). */
const MAX_PRINTS = 2;
/** A waiting ticket older than this is no longer printed: nobody is standing there for it. */
export const WAITING_JOB_EXPIRY_MS = 15 * 60 * 1000;

export function residentMessageFor(state: PrinterState['state'] | 'timeout'): string {
  switch (state) {
    case 'paper-end':
      return '打印机缺纸，凭条暂未打印。请联系工作人员加纸，加纸后会自动补打。您的号码已显示在屏幕上。';
    case 'cover-open':
      return '打印机盖未关好，凭条暂未打印。请联系工作人员处理，处理后会自动补打。您的号码已显示在屏幕上。';
    default:
      return '打印机暂时无法使用，凭条暂未打印。请联系工作人员。您的号码已显示在屏幕上。';
  }
}

/** For a ticket that will not be printed again: the number on screen is what counts. */
export function unfinishedTicketMessage(state: PrinterState['state'] | 'timeout'): string {
  const cause = state === 'paper-end' ? '打印机缺纸' : state === 'cover-open' ? '打印机盖未关好' : '打印机出现故障';
  return `${cause}，凭条未能打印完整，也不会再补打。请记住屏幕上的号码并留意叫号；需要纸质凭条请联系工作人员。`;
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
    if (!job || job.state !== 'pending') return { state: 'failed', message: residentMessageFor('offline') };
    if (now() - Date.parse(job.createdAt) > WAITING_JOB_EXPIRY_MS) {
      jobs.markFailed(jobId, 'expired while waiting for the printer');
      return { state: 'failed', message: residentMessageFor('offline') };
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
      return { state: 'failed', message: unfinishedTicketMessage(outcome.state.state) };
    }
    if (!outcome.partial) jobs.uncountAttempt(jobId);
    const timesOnPaper = jobs.get(jobId)?.attempts ?? MAX_PRINTS;
    const message = residentMessageFor(outcome.state.state);
    if (timesOnPaper >= MAX_PRINTS) {
      jobs.markFailed(jobId, `printer ${outcome.state.state} on the last allowed attempt`);
      return { state: 'failed', message };
    }
    jobs.markWaiting(jobId, `printer ${outcome.state.state}`);
    return { state: 'waiting', message };
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
