// The service catalog: which services the kiosk offers, in what order, and what each needs.
// Central pushes it; the default below is what a kiosk shows before its first pull.
import { z } from 'zod';
import { applicationItemSchema } from './application-form-schema.ts';
import { demandCategorySchema } from '../shared/contract/cases.ts';
import { localizedTexts } from '../shared/localized-text.ts';

export const serviceKindSchema = z.enum([
  'info-query', // 政务信息查询
  'certificate-print', // 证明打印
  'application', // 事项办理
  'demand', // 诉求反映
  'progress-query', // 办件进度查询
  'queue-ticket', // 取号排队
  'rating', // 服务评价
  'public-matters', // 议题公告
]);

export const queueSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** One capital letter printed before the ticket number, e.g. A → A007. */
  prefix: z.string().regex(/^[A-Z]$/),
  /** The hall's queue (issue 25): no new number after this time on the site's clock, e.g. "16:30". */
  closesAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day such as 16:30')
    .optional(),
  /** The counter's name in other languages (shared/localized-text.ts). */
  i18n: localizedTexts({ name: z.string().min(1).max(40) }),
});

/** 证明打印: a certificate type central issues, by the id central knows it by. */
export const certificateTypeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().min(1).max(20),
  description: z.string().max(60).default(''),
  i18n: localizedTexts({ name: z.string().min(1).max(40), description: z.string().max(120) }),
});

export const serviceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: serviceKindSchema,
  name: z.string().min(1).max(20),
  description: z.string().max(80).default(''),
  /** Name and description in other languages, e.g. { ug: { name: 'نومۇر ئېلىش' } }; missing ones show in Chinese. */
  i18n: localizedTexts({
    name: z.string().min(1).max(40),
    description: z.string().max(160),
    /** 诉求反映's common phrases in that language, per category (what a tap puts in the description). */
    demandPhrases: z.partialRecord(demandCategorySchema, z.array(z.string().min(1).max(120)).max(16)),
  }),
  /** Devices without which the service cannot run; the UI marks it out of service when one is missing. */
  needs: z.array(z.enum(['printer', 'cardReader', 'documentPrinter', 'network'])).default([]),
  /** Whether the resident must identify with a card first. */
  requiresIdentity: z.boolean().default(true),
  /** 长辈版 shows fewer choices: false hides this service there (it stays in the normal version). */
  elder: z.boolean().default(true),
  queues: z.array(queueSchema).optional(),
  certificateTypes: z.array(certificateTypeSchema).optional(),
  /** 事项办理: the items a resident can apply for here, each with its form (application-form-schema.ts). */
  applicationItems: z.array(applicationItemSchema).max(100).optional(),
  /** 诉求反映: common phrases offered per category, so describing a problem needs little typing. */
  demandPhrases: z.partialRecord(demandCategorySchema, z.array(z.string().min(1).max(40)).max(16)).optional(),
});

export const catalogSchema = z.strictObject({
  version: z.string().min(1),
  services: z.array(serviceSchema).min(1),
});

export type ServiceKind = z.infer<typeof serviceKindSchema>;
export type ServiceEntry = z.infer<typeof serviceSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
