// 政务信息查询: the bodies of the `guides` (办事指南) and `notices` (通知公告) documents central signs
// and pushes. Central validates before it signs, the kiosk again after verifying the signature.
// Categories are data (life events such as 生育收养, 户籍, 养老…), never a list in code.
import { z } from 'zod';
import { isoDateTimeSchema } from './schemas.ts';
import { localizedTexts } from '../localized-text.ts';

const itemId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'lower-case letters, digits and - only, at most 64');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** 即办, or a number of working days (printed "N 个工作日"). */
export const timeLimitSchema = z.union([
  z.literal('即办'),
  z.number().int('a whole number of working days').min(1, 'at least 1 working day').max(365, 'at most 365 working days'),
]);

export const materialSchema = z.strictObject({
  name: text(60),
  copies: z.number().int('a whole number').min(1, 'at least 1 copy').max(20, 'at most 20 copies'),
  form: z.enum(['原件', '复印件', '原件和复印件'], { message: 'must be 原件, 复印件 or 原件和复印件' }),
  /** 来源: who issues it (申请人自备, 公安机关…). */
  source: text(60),
});

export const guideSchema = z.strictObject({
  id: itemId,
  /** 事项名称 */
  name: text(40),
  categoryIds: z.array(itemId).min(1, 'name at least one category'),
  /** 实施主体 */
  department: text(60),
  /** 服务对象 */
  audience: text(200),
  /** 办理条件, one condition per entry */
  conditions: z.array(text(300)).min(1, 'list at least one condition'),
  /** 申请材料 */
  materials: z.array(materialSchema).max(40, 'at most 40 materials'),
  /** 办理流程, in order */
  steps: z.array(text(200)).min(1, 'list at least one step'),
  legalTimeLimit: timeLimitSchema,
  promisedTimeLimit: timeLimitSchema,
  /** 收费: never blank, and "不收费" rather than "无" (the guide template's rule). */
  fee: text(200).refine((fee) => !['无', '免费', '-', '/'].includes(fee), { message: 'write 不收费 or the fee standard, not "无"' }),
  location: text(100),
  hours: text(100),
  phone: z.string().regex(/^[0-9][0-9-]{4,19}$/, 'digits and - only, e.g. 0816-1234567 or 12345'),
  /** Other words residents use for it (e.g. 退休金 for 养老金领取); searched like the name. */
  keywords: z.array(text(20)).max(20).default([]),
  /** The counter that handles it: a queue-ticket service and one of its queues. */
  queue: z.strictObject({ serviceId: itemId, queueId: itemId }).optional(),
  /** The guide in other languages, field by field; what is missing is shown in Chinese with a note. */
  i18n: localizedTexts({
    name: text(80),
    audience: text(400),
    conditions: z.array(text(600)).min(1),
    steps: z.array(text(400)).min(1),
    location: text(200),
    hours: text(200),
    fee: text(400),
  }),
});

export const guideCategorySchema = z.strictObject({ id: itemId, name: text(12), i18n: localizedTexts({ name: text(30) }) });

export const guidesBodySchema = z
  .strictObject({
    categories: z.array(guideCategorySchema).min(1).max(40),
    items: z.array(guideSchema).max(5000),
  })
  .superRefine((body, ctx) => {
    const categories = new Set<string>();
    body.categories.forEach((c, i) => {
      if (categories.has(c.id)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `category id "${c.id}" is used twice` });
      categories.add(c.id);
    });
    const ids = new Set<string>();
    body.items.forEach((guide, i) => {
      if (ids.has(guide.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `guide id "${guide.id}" is used twice` });
      ids.add(guide.id);
      guide.categoryIds.forEach((id, j) => {
        if (!categories.has(id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'categoryIds', j], message: `no category "${id}" in categories` });
      });
    });
  });

export const noticeSchema = z
  .strictObject({
    id: itemId,
    title: text(60),
    text: text(4000),
    /** Shown from this moment… */
    publishedAt: isoDateTimeSchema,
    /** …until this one: the kiosk stops showing it by itself, online or not. */
    expiresAt: isoDateTimeSchema,
    /** Who issued it, e.g. 镇人民政府. */
    issuer: text(40).optional(),
    /** Title and text in other languages; missing ones are shown in Chinese with a note. */
    i18n: localizedTexts({ title: text(120), text: text(8000) }),
  })
  .refine((n) => Date.parse(n.expiresAt) > Date.parse(n.publishedAt), { message: 'expiresAt must be after publishedAt', path: ['expiresAt'] });

export const noticesBodySchema = z.strictObject({ items: z.array(noticeSchema).max(500) }).superRefine((body, ctx) => {
  const ids = new Set<string>();
  body.items.forEach((n, i) => {
    if (ids.has(n.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `notice id "${n.id}" is used twice` });
    ids.add(n.id);
  });
});

export type TimeLimit = z.infer<typeof timeLimitSchema>;
export type Material = z.infer<typeof materialSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type GuideCategory = z.infer<typeof guideCategorySchema>;
export type GuidesBody = z.infer<typeof guidesBodySchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type NoticesBody = z.infer<typeof noticesBodySchema>;
