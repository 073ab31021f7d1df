// The 诉求反映 receipt: the tracking number, the category, the place when picked from the hall's
// list, the callback phone masked, and for an anonymous demand its 查询码 (its only key). The
// description and a typed place are not printed: they may name people and homes.
import type { Receipt, ReceiptLine } from '../../../printing/receipt.ts';
import { zonedMinute } from '../../../config/zoned-time.ts';
import { progressLines } from '../application/application-receipt.ts';

export interface DemandReceiptInput {
  siteName: string;
  /** The site's zone (`site.timeZone`): the time printed is the hall's clock. */
  timeZone: string;
  category: string;
  formattedCaseNumber: string;
  /** The site picked from the list, e.g. 红星小区 3栋; null when the resident typed the place. */
  siteLabel: string | null;
  maskedPhone: string | null;
  anonymous: boolean;
  queryCode: string;
  submittedAt: Date;
  qrUrl: string | null;
  queuedForSync: boolean;
}

export function demandReceipt(input: DemandReceiptInput): Receipt {
  const code: ReceiptLine[] = input.anonymous
    ? [
        { kind: 'rule' },
        { kind: 'text', text: '查询码', align: 'center' },
        { kind: 'text', text: input.queryCode, align: 'center', bold: true, size: 'double-height' },
        { kind: 'text', text: '匿名反映：请妥善保管查询码，凭办件编号和查询码查询办理结果，遗失无法补发。' },
      ]
    : [];
  return {
    lines: [
      { kind: 'text', text: input.siteName, align: 'center', bold: true },
      { kind: 'text', text: '诉求反映回执', align: 'center' },
      { kind: 'rule' },
      { kind: 'text', text: '办件编号', align: 'center' },
      { kind: 'text', text: input.formattedCaseNumber, align: 'center', bold: true, size: 'double-height' },
      { kind: 'rule' },
      { kind: 'pair', label: '诉求类别', value: input.category },
      { kind: 'pair', label: '反映方式', value: input.anonymous ? '匿名' : '实名' },
      ...(input.siteLabel ? [{ kind: 'pair' as const, label: '地点', value: input.siteLabel }] : []),
      ...(input.maskedPhone ? [{ kind: 'pair' as const, label: '回访电话', value: input.maskedPhone }] : []),
      { kind: 'pair', label: '提交时间', value: zonedMinute(input.submittedAt, input.timeZone) },
      ...code,
      { kind: 'rule' },
      ...progressLines(input.qrUrl, input.queuedForSync),
      { kind: 'feed', lines: 1 },
    ],
  };
}
