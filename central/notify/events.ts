// The events the hub announces to configured webhook endpoints (issue 26), as they are sent: one
// JSON document per event, with an id receivers deduplicate by. Nothing personal: case number,
// status, the clerk's reply (written for the resident), site; the resident's fields stay at the hub.
import type { CaseStatus } from '../../shared/contract/cases.ts';

export const webhookEventTypes = ['case.created', 'case.status_changed', 'rating.given', 'rectification.closed'] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export interface CaseCreatedData {
  caseNumber: string;
  kind: 'application' | 'demand';
  title: string;
  siteCode: string;
  submittedAt: string;
}

export interface CaseStatusChangedData {
  caseNumber: string;
  kind: 'application' | 'demand';
  previousStatus: CaseStatus;
  status: CaseStatus;
  reply: string | null;
  siteCode: string;
  at: string;
}

export interface RatingGivenData {
  ratingId: string;
  /** e.g. case:001200003457, ticket:…, transaction:… */
  target: string;
  level: number;
  siteCode: string;
  ratedAt: string;
}

export interface RectificationClosedData {
  rectificationId: string;
  ratingId: string;
  siteCode: string;
  closedAt: string;
}

export interface EventData {
  'case.created': CaseCreatedData;
  'case.status_changed': CaseStatusChangedData;
  'rating.given': RatingGivenData;
  'rectification.closed': RectificationClosedData;
}

/** What a receiver gets as the request body. */
export interface WebhookEvent<T extends WebhookEventType = WebhookEventType> {
  id: string;
  type: T;
  createdAt: string;
  data: EventData[T];
}

/** Events of one case (or one rating) keep their order at each receiver: this key says whose. */
export function orderingKeyOf(event: WebhookEvent): string {
  const data = event.data as unknown as Record<string, unknown>;
  if (typeof data.caseNumber === 'string') return `case:${data.caseNumber}`;
  if (typeof data.target === 'string' && data.target.startsWith('case:')) return data.target;
  if (typeof data.ratingId === 'string') return `rating:${data.ratingId}`;
  return `event:${event.id}`;
}
