// The A4 document printer as a device: a CUPS queue. `lp` submits the PDF (as a technician would
// from a shell), IPP follows the job and watches the queue. A stopped queue, a missing queue or
// no scheduler at all are device states, reported like the receipt printer's.
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { promisify } from 'node:util';
import type { DocumentPrintOutcome, DocumentPrinterDevice, DocumentPrinterEvents, DocumentPrinterState } from '../types.ts';
import { CupsUnreachableError, defaultCupsServer, sendIpp, type CupsServer } from './ipp-client.ts';
import { encodeIppRequest, IPP_NOT_FOUND, IPP_OPERATION, JOB_STATE, PRINTER_STATE, type IppResponse } from './ipp.ts';
import { parseLpRequestId } from './lp-output.ts';

const run = promisify(execFile);
/** lp and cancel speak English whatever the kiosk's locale, so their answers can be read. */
const C_LOCALE = { ...process.env, LANG: 'C', LC_ALL: 'C' };

export interface CupsPrinterOptions {
  queue: string;
  statusPollSeconds: number;
  /** A job not finished by then is cancelled and reported. */
  jobTimeoutSeconds: number;
  server?: CupsServer;
  /** How often a job in progress is asked about. */
  followEveryMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function first(response: IppResponse, name: string) {
  return response.attributes.get(name)?.[0];
}

function printerStateOf(response: IppResponse, queue: string): DocumentPrinterState {
  if (response.statusCode === IPP_NOT_FOUND) return { state: 'missing', reason: `CUPS has no queue "${queue}" (see lpstat -p; set devices.documentPrinter.queue)` };
  if (response.statusCode > 0xff) return { state: 'unreachable', reason: `CUPS refused the status query (IPP status 0x${response.statusCode.toString(16)})` };
  const reasons = (response.attributes.get('printer-state-reasons') ?? []).filter((r) => r !== 'none').join(', ');
  const message = String(first(response, 'printer-state-message') ?? '');
  const why = [message, reasons].filter(Boolean).join('; ');
  if (first(response, 'printer-state') === PRINTER_STATE.stopped) return { state: 'stopped', reason: `queue "${queue}" is stopped${why ? `: ${why}` : ''} (cupsenable ${queue} restarts it)` };
  if (first(response, 'printer-is-accepting-jobs') === false) return { state: 'stopped', reason: `queue "${queue}" is not accepting jobs${why ? `: ${why}` : ''} (cupsaccept ${queue})` };
  return { state: 'ready' };
}

export function createCupsDocumentPrinter(opts: CupsPrinterOptions): DocumentPrinterDevice {
  const server = opts.server ?? defaultCupsServer();
  const followEveryMs = opts.followEveryMs ?? 300;
  const printerUri = `ipp://localhost/printers/${encodeURIComponent(opts.queue)}`;
  let status: DocumentPrinterState = { state: 'checking' };
  let timer: NodeJS.Timeout | null = null;
  let requestId = 1;
  const device = new EventEmitter<DocumentPrinterEvents>() as DocumentPrinterDevice & EventEmitter<DocumentPrinterEvents>;

  const setStatus = (next: DocumentPrinterState) => {
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    device.emit('status', next);
  };

  async function queryStatus(): Promise<DocumentPrinterState> {
    try {
      const body = encodeIppRequest({
        operation: IPP_OPERATION.getPrinterAttributes,
        requestId: requestId++,
        target: { printerUri },
        requestedAttributes: ['printer-state', 'printer-state-reasons', 'printer-state-message', 'printer-is-accepting-jobs'],
      });
      setStatus(printerStateOf(await sendIpp(server, `/printers/${encodeURIComponent(opts.queue)}`, body), opts.queue));
    } catch (err) {
      setStatus({ state: 'unreachable', reason: err instanceof CupsUnreachableError ? err.message : `CUPS status query failed: ${(err as Error).message}` });
    }
    return status;
  }

  async function jobState(jobNumber: number): Promise<{ state: number; reasons: string }> {
    const body = encodeIppRequest({
      operation: IPP_OPERATION.getJobAttributes,
      requestId: requestId++,
      target: { jobUri: `ipp://localhost/jobs/${jobNumber}` },
      requestedAttributes: ['job-state', 'job-state-reasons'],
    });
    const response = await sendIpp(server, '/jobs', body);
    return { state: Number(first(response, 'job-state') ?? 0), reasons: (response.attributes.get('job-state-reasons') ?? []).join(', ') };
  }

  async function cancel(jobId: string): Promise<void> {
    await run('cancel', [jobId], { env: C_LOCALE, timeout: 10_000 }).catch(() => undefined);
  }

  async function printPdf(file: string, title: string): Promise<DocumentPrintOutcome> {
    let submitted: ReturnType<typeof parseLpRequestId>;
    try {
      const { stdout } = await run('lp', ['-d', opts.queue, '-t', title, '--', file], { env: C_LOCALE, timeout: 30_000 });
      submitted = parseLpRequestId(stdout);
    } catch (err) {
      await queryStatus();
      const detail = String((err as { stderr?: string }).stderr ?? (err as Error).message).trim().slice(0, 200);
      return { ok: false, reason: 'stopped', message: `lp refused the job: ${detail}` };
    }
    if (!submitted) return { ok: false, reason: 'failed', message: 'lp did not say which job it made' };
    const deadline = Date.now() + opts.jobTimeoutSeconds * 1000;
    for (;;) {
      let job: { state: number; reasons: string };
      try {
        job = await jobState(submitted.jobNumber);
      } catch (err) {
        await cancel(submitted.jobId);
        await queryStatus();
        return { ok: false, reason: 'stopped', message: `lost track of job ${submitted.jobId}: ${(err as Error).message}` };
      }
      if (job.state === JOB_STATE.completed) return { ok: true };
      if (job.state === JOB_STATE.canceled || job.state === JOB_STATE.aborted) {
        await queryStatus();
        return { ok: false, reason: 'failed', message: `CUPS ${job.state === JOB_STATE.aborted ? 'aborted' : 'cancelled'} job ${submitted.jobId}${job.reasons ? ` (${job.reasons})` : ''}` };
      }
      // A stopped job, or one waiting on a queue that stopped, would print whenever someone fixes
      // the printer: cancel it now, while the resident is still here to be told.
      const stopped = job.state === JOB_STATE.stopped || (job.state !== JOB_STATE.processing && (await queryStatus()).state === 'stopped');
      if (stopped) {
        await cancel(submitted.jobId);
        await queryStatus();
        return { ok: false, reason: 'stopped', message: `job ${submitted.jobId} stopped: ${status.state === 'stopped' ? status.reason : job.reasons || 'the queue stopped'}` };
      }
      if (Date.now() > deadline) {
        await cancel(submitted.jobId);
        return { ok: false, reason: 'timeout', message: `job ${submitted.jobId} not finished after ${opts.jobTimeoutSeconds} s; cancelled` };
      }
      await sleep(followEveryMs);
    }
  }

  // A getter cannot go through Object.assign (it would copy today's value): define it.
  Object.defineProperty(device, 'status', { get: () => status, enumerable: true });
  return Object.assign(device, {
    async start() {
      await queryStatus();
      timer = setInterval(() => void queryStatus(), opts.statusPollSeconds * 1000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    queryStatus,
    printPdf,
  });
}
