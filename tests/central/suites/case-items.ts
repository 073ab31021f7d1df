// Transactions a kiosk sends for 办件 and 好差评, built the way the kiosk side builds them, for the
// hub suites and the kioskctl tests.
import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import { makeCaseNumber } from '../../../shared/contract/cases.ts';

export const RESIDENT = '510722196803121230';
export const NEIGHBOUR = '51072219720405002X';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function item(kind: string, payload: Record<string, unknown>, occurredAt = new Date()) {
  return { id: ulid(), sessionId: `s-${ulid()}`, seq: 0, kind, occurredAt: occurredAt.toISOString(), payload };
}

export interface CaseOptions {
  idNumber?: string | null;
  queryCode?: string;
  occurredAt?: Date;
}

export function applicationItem(caseNumber: string, options: CaseOptions = {}) {
  return item(
    'application',
    {
      serviceId: 'apply',
      data: { caseNumber, queryCodeHash: sha256(options.queryCode ?? '12345678'), itemId: 'dibao', itemName: '最低生活保障申请' },
      personal: { idNumber: options.idNumber === undefined ? RESIDENT : options.idNumber, fields: { name: '张三民', phone: '13912345678', household: 3 } },
    },
    options.occurredAt,
  );
}

export function demandItem(caseNumber: string, options: CaseOptions & { anonymous?: boolean } = {}) {
  const anonymous = options.anonymous ?? false;
  return item(
    'demand',
    {
      serviceId: 'demand',
      data: { caseNumber, category: '投诉', siteId: null, anonymous, queryCodeHash: sha256(options.queryCode ?? '87654321') },
      personal: {
        idNumber: anonymous ? null : options.idNumber === undefined ? RESIDENT : options.idNumber,
        description: '村口路灯坏了三个月',
        placeText: '东村村口',
        callbackPhone: anonymous ? null : '13800001111',
      },
    },
    options.occurredAt,
  );
}

/** `reason`: one (as kiosks sent before issue 21), or several (`reasons`, the first also as `reason`). */
export function ratingItem(target: Record<string, unknown>, level: number, reason: string | string[] | null = null, reasonText: string | null = null) {
  const labels = ['', '非常不满意', '不满意', '基本满意', '满意', '非常满意'];
  const reasons = Array.isArray(reason) ? { reason: reason[0] ?? null, reasons: reason } : { reason };
  return item('rating', { serviceId: 'rate', data: { target, level, label: labels[level], ...reasons }, personal: { reasonText } });
}

export function queueTicketItem(ticketNumber: string, siteCode: string, occurredAt = new Date()) {
  return item('queue-ticket', { serviceId: 'queue', data: { ticketNumber, queueId: 'A', queueName: '综合窗口', serviceName: '取号', siteCode } }, occurredAt);
}

/** A hub numbers terminals 1, 2, … in the order they enroll (central/routes/enroll.ts). */
export const caseNumberOf = makeCaseNumber;
