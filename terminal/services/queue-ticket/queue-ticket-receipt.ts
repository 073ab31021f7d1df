// The paper a resident takes to the counter: which hall, which queue, their number, when, and a
// QR code the counter can scan. Nothing personal is printed: a dropped slip identifies nobody.
import type { Receipt } from '../../../printing/receipt.ts';
import { zonedMinute } from '../../../config/zoned-time.ts';
import type { QueuePosition } from './queue-ticket-contract.ts';
import type { PriorityClass } from '../../../config/hall-schema.ts';

export interface QueueTicketReceiptInput {
  siteName: string;
  siteCode: string;
  /** The site's zone (`site.timeZone`): the slip shows the hall's clock, not the system's. */
  timeZone: string;
  serviceName: string;
  queueName: string;
  ticketNumber: string;
  transactionId: string;
  issuedAt: Date;
  /** True when central has not been reached yet: the slip says the record will be sent later. */
  queuedForSync: boolean;
  /** The hall's queue (issue 25): who is ahead when the ticket was taken. */
  position?: QueuePosition;
  /** A priority ticket says which, and that the counter checks the certificate. */
  priority?: PriorityClass | null;
}

const priorityLines: Record<PriorityClass, string> = {
  elder: '长辈优先',
  disabled: '残疾人优先：请在窗口出示残疾人证',
  military: '军人优先：请在窗口出示军人证件',
  appointment: '预约优先',
};

/** The slip's line about the wait: a range, said as an estimate. */
export function positionLine({ ahead, wait }: QueuePosition): string {
  return ahead === 0 ? '前面没有人排队，请留意叫号。' : `前面还有 ${ahead} 人，预计等候约 ${wait.low}–${wait.high} 分钟（仅供参考）。`;
}

/** What the QR code holds: enough for a counter to look the ticket up, no personal data. */
export function ticketQrData(input: Pick<QueueTicketReceiptInput, 'siteCode' | 'ticketNumber' | 'transactionId'>): string {
  return `KIOSK-TICKET:${input.siteCode}:${input.ticketNumber}:${input.transactionId}`;
}

export function queueTicketReceipt(input: QueueTicketReceiptInput): Receipt {
  return {
    lines: [
      { kind: 'text', text: input.siteName, align: 'center', bold: true, size: 'double-height' },
      { kind: 'text', text: `${input.serviceName} · ${input.queueName}`, align: 'center' },
      { kind: 'rule' },
      { kind: 'text', text: '您的号码', align: 'center' },
      { kind: 'text', text: input.ticketNumber, align: 'center', bold: true, size: 'double' },
      { kind: 'rule' },
      { kind: 'pair', label: '取号时间', value: zonedMinute(input.issuedAt, input.timeZone) },
      ...(input.priority ? [{ kind: 'text' as const, text: priorityLines[input.priority], bold: true }] : []),
      ...(input.position ? [{ kind: 'text' as const, text: positionLine(input.position) }] : []),
      { kind: 'text', text: '请留意叫号，过号请重新取号。' },
      ...(input.queuedForSync ? [{ kind: 'text' as const, text: '本业务已在本机保存，联网后自动上报。' }] : []),
      { kind: 'qr', data: ticketQrData(input) },
      { kind: 'feed', lines: 1 },
    ],
  };
}
