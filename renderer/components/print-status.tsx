// What happened to the ticket's receipt. A waiting or failed print is shown prominently: the
// number on screen is then what the resident must remember.
import type { PrintReport } from '../../terminal/api.ts';
import { t } from '../i18n/index.ts';
import { saidText } from '../i18n/said.ts';
import { CheckIcon, PrinterIcon, WarningIcon } from './icons.tsx';

export function PrintStatus({ report }: { report: PrintReport }) {
  switch (report.state) {
    case 'printing':
      return (
        <p class="print-status" role="status">
          <PrinterIcon /> {t.printing}
        </p>
      );
    case 'printed':
      return (
        <p class="print-status done" role="status">
          <CheckIcon /> {t.printed}
        </p>
      );
    case 'waiting':
    case 'failed':
      return (
        <div class="print-status problem" role="alert">
          <p>
            <WarningIcon /> {saidText(report.message, report.say)}
          </p>
          <p class="print-status-hint">{t.printWaitingHint}</p>
        </div>
      );
  }
}
