// KioskApi: the one typed contract between the touch UI and the kiosk core, assembled from the
// core's own part (core-contract.ts), technician mode's, and one slice per service
// (terminal/services/<service>/: its request schemas in `<service>-contract.ts`, its answers'
// types read off its builder `create<Service>Api`). Both transports (Electron IPC and the browser
// shell's loopback WebSocket) carry exactly these messages; every request is parsed with the zod
// schemas below before it reaches the core.
// This file must stay free of Node imports: the renderer bundles it (the builders are imported
// for their types only, which the bundle drops).
import { z } from 'zod';
import type { Say } from './says/say.ts';
import type { ResponsesOf } from './services/slice.ts';
import { coreRequestSchemas, type CoreResponseTypes, type KioskEvents } from './core-contract.ts';
import { technicianRequestSchemas, type TechnicianResponseTypes } from './technician/technician-contract.ts';
import { infoQueryRequestSchemas } from './services/info-query/info-query-contract.ts';
import type { InfoQueryApi } from './services/info-query/info-query-api.ts';
import { publicMattersRequestSchemas } from './services/public-matters/public-matters-contract.ts';
import type { PublicMattersApi } from './services/public-matters/public-matters-api.ts';
import { progressRequestSchemas } from './services/progress-query/progress-query-contract.ts';
import type { ProgressQueryApi } from './services/progress-query/progress-query-api.ts';
import { ratingRequestSchemas } from './services/rating/rating-contract.ts';
import type { RatingApi } from './services/rating/rating-api.ts';
import { applicationRequestSchemas } from './services/application/application-contract.ts';
import type { ApplicationApi } from './services/application/application-api.ts';
import { demandRequestSchemas } from './services/demand/demand-contract.ts';
import type { DemandApi } from './services/demand/demand-api.ts';
import { queueTicketRequestSchemas } from './services/queue-ticket/queue-ticket-contract.ts';
import type { QueueTicketApi } from './services/queue-ticket/queue-ticket-api.ts';
import { certificatePrintRequestSchemas } from './services/certificate-print/certificate-print-contract.ts';
import type { CertificatePrintApi } from './services/certificate-print/certificate-print-api.ts';

export type * from './core-contract.ts';
export type * from './technician/technician-contract.ts';
export type * from './services/info-query/info-query-contract.ts';
export type * from './services/public-matters/public-matters-contract.ts';
export type * from './services/progress-query/progress-query-contract.ts';
export type * from './services/rating/rating-contract.ts';
export type * from './services/application/application-contract.ts';
export type * from './services/demand/demand-contract.ts';
export type * from './services/case-filing/case-receipt-view.ts';
export type * from './services/certificate-print/certificate-print-contract.ts';
export type * from './services/queue-ticket/queue-ticket-contract.ts';
export type { PrintReport } from './print-report.ts';
export { KioskError } from './kiosk-error.ts';
export { ratingLevels } from './rating-levels.ts';

/** Request parameter schemas, one per method. */
export const requestSchemas = {
  ...coreRequestSchemas,
  ...queueTicketRequestSchemas, // 取号排队
  ...certificatePrintRequestSchemas, // 证明打印
  ...infoQueryRequestSchemas, // 政务信息查询 (issue 9)
  ...publicMattersRequestSchemas, // 议题公告 (issue 9)
  ...progressRequestSchemas, // 办件进度查询 (issue 10)
  ...ratingRequestSchemas, // 服务评价 (issue 10)
  ...applicationRequestSchemas, // 事项办理 (issue 10)
  ...demandRequestSchemas, // 诉求反映 (issue 10)
  ...technicianRequestSchemas, // technician mode and the provisioning wizard (issue 12)
} as const;

export type KioskMethod = keyof typeof requestSchemas;
export type RequestParams<M extends KioskMethod> = z.infer<(typeof requestSchemas)[M]>;

export interface ResponseTypes
  extends CoreResponseTypes,
    TechnicianResponseTypes,
    ResponsesOf<QueueTicketApi>,
    ResponsesOf<CertificatePrintApi>,
    ResponsesOf<InfoQueryApi>,
    ResponsesOf<PublicMattersApi>,
    ResponsesOf<ProgressQueryApi>,
    ResponsesOf<RatingApi>,
    ResponsesOf<ApplicationApi>,
    ResponsesOf<DemandApi> {}

export type KioskEventName = keyof KioskEvents;

/** The core's side of the contract. */
export type KioskApi = {
  [M in KioskMethod]: (params: RequestParams<M>) => Promise<ResponseTypes[M]>;
} & {
  on<E extends KioskEventName>(event: E, listener: (payload: KioskEvents[E]) => void): () => void;
};

// ---- wire format shared by both transports ----

export const requestMessageSchema = z.strictObject({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  method: z.string(),
  params: z.unknown(),
});

export type RequestMessage = z.infer<typeof requestMessageSchema>;

export type ResponseMessage =
  | { type: 'response'; id: number; ok: true; result: unknown }
  | { type: 'response'; id: number; ok: false; error: { code: string; message: string; say?: Say } };

export interface EventMessage {
  type: 'event';
  name: KioskEventName;
  payload: unknown;
}

export type ServerMessage = ResponseMessage | EventMessage;
