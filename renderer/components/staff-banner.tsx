// A small line for the hall's staff when the receipt printer needs a hand. Residents are told
// about outages by the services themselves; this is for whoever refills the paper.
import type { DocumentPrinterState, PrinterState } from '../../drivers/types.ts';
import { t } from '../i18n/index.ts';
import { PrinterIcon } from './icons.tsx';

function printerNotice(printer: PrinterState): string | null {
  switch (printer.state) {
    case 'ready':
      return printer.paperNearEnd ? t.printerPaperNearEnd : null;
    case 'paper-end':
      return t.printerPaperEnd;
    case 'cover-open':
      return t.printerCoverOpen;
    case 'cutter-error':
    case 'unrecoverable-error':
    case 'offline':
    case 'disconnected':
      return t.printerProblem;
    case 'unknown':
      return null; // some printers never report status; nothing for staff to do
  }
}

/** 证明打印's A4 printer: a stopped CUPS queue waits for someone to fix it and re-enable it. */
function documentPrinterNotice(state: DocumentPrinterState | null): string | null {
  if (!state) return null;
  if (state.state === 'stopped') return t.documentPrinterStopped;
  if (state.state === 'missing' || state.state === 'unreachable') return t.documentPrinterMissing;
  return null;
}

export function StaffBanner({ printer, documentPrinter = null }: { printer: PrinterState; documentPrinter?: DocumentPrinterState | null }) {
  const notice = [printerNotice(printer), documentPrinterNotice(documentPrinter)].filter(Boolean).join('；');
  if (!notice) return null;
  return (
    <div class="staff-banner" role="status">
      <PrinterIcon />
      <span>
        {t.staffNotice}：{notice}
      </span>
    </div>
  );
}
