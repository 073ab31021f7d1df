// The 事项办理 receipt: the 办件编号, the item, the materials to bring (with tick boxes) and a QR
// that leads to the case's progress. Nothing the resident typed or the card held is printed:
// a dropped slip identifies nobody.
import type { Receipt, ReceiptLine } from '../../../printing/receipt.ts';
import { zonedMinute } from '../../../config/zoned-time.ts';

export interface ApplicationReceiptInput {
  siteName: string;
  /** The site's zone (`site.timeZone`): the time printed is the hall's clock. */
  timeZone: string;
  itemName: string;
  department: string;
  formattedCaseNumber: string;
  materials: string[];
  submittedAt: Date;
  /** The case's progress page (its 查询码 inside); null on a kiosk without a hub. */
  qrUrl: string | null;
  queuedForSync: boolean;
}

export function progressLines(qrUrl: string | null, queuedForSync: boolean): ReceiptLine[] {
  return [
    ...(qrUrl ? [{ kind: 'text' as const, text: '手机扫码查看办理进度', align: 'center' as const }, { kind: 'qr' as const, data: qrUrl }] : []),
    { kind: 'text', text: '也可凭办件编号在自助终端“办件进度查询”或到窗口查询。' },
    ...(queuedForSync ? [{ kind: 'text' as const, text: '本业务已在本机保存，联网后自动上报。' }] : []),
  ];
}

export function applicationReceipt(input: ApplicationReceiptInput): Receipt {
  const materials: ReceiptLine[] = input.materials.length
    ? input.materials.map((m, i) => ({ kind: 'check' as const, text: `${i + 1}. ${m}` }))
    : [{ kind: 'text', text: '本事项无需提交材料。' }];
  return {
    lines: [
      { kind: 'text', text: input.siteName, align: 'center', bold: true },
      { kind: 'text', text: '事项办理回执', align: 'center' },
      { kind: 'rule' },
      { kind: 'text', text: '办件编号', align: 'center' },
      { kind: 'text', text: input.formattedCaseNumber, align: 'center', bold: true, size: 'double-height' },
      { kind: 'rule' },
      { kind: 'pair', label: '办理事项', value: input.itemName },
      { kind: 'pair', label: '实施主体', value: input.department },
      { kind: 'pair', label: '提交时间', value: zonedMinute(input.submittedAt, input.timeZone) },
      { kind: 'rule' },
      { kind: 'text', text: '请携带以下材料到窗口（备齐一项勾一项）', bold: true },
      ...materials,
      { kind: 'rule' },
      ...progressLines(input.qrUrl, input.queuedForSync),
      { kind: 'feed', lines: 1 },
    ],
  };
}
