// What the resident takes away from 事项办理 or 诉求反映, as the screen shows it: both slices answer
// a submission with this. No Node imports: the renderer bundles this.
import type { PrintReport } from '../../print-report.ts';

/** What the resident takes away from 事项办理 or 诉求反映 (the paper carries the same, nothing personal). */
export interface CaseReceiptView {
  /** A demand's title is its category, which the screen names in the resident's language. */
  kind: 'application' | 'demand';
  transactionId: string;
  /** 12 digits; `formattedCaseNumber` is the way it is printed: 0012-0000345-7. */
  caseNumber: string;
  formattedCaseNumber: string;
  /** The item's name, or the demand's category. */
  title: string;
  submittedAt: string;
  /** Shown only for an anonymous demand: its only key. Null otherwise (an identified resident's card is the key). */
  queryCode: string | null;
  materials: string[];
  /** The callback phone as screen and paper show it (138****5678); null when none was given. */
  maskedPhone: string | null;
  print: PrintReport;
  queuedForSync: boolean;
}
