// 事项办理: an application item as the catalog defines it — its form (fields, limits, help, which
// fields come from the ID card), the guide it links to and the materials to bring. Central pushes
// it inside the catalog; a bad item is refused with the path of the bad field
// (e.g. `services.2.applicationItems.0.form.3.maxLength`). No Node imports: the renderer bundles it.
import { z } from 'zod';
import { localizedTexts } from '../shared/localized-text.ts';
import { MAX_PAGES_PER_MATERIAL } from '../shared/contract/case-attachments.ts';

/** ID card fields a form may take from the card read in the core (never typed, never from the UI). */
export const cardFieldSchema = z.enum(['name', 'sex', 'nation', 'birthDate', 'address', 'idNumber']);
export type CardField = z.infer<typeof cardFieldSchema>;

const fieldId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a field id: lower-case letters, digits and -, starting with a letter');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const base = {
  id: fieldId,
  label: z.string().min(1).max(30),
  /** One or two sentences shown under the field: what to fill in, where to find it. */
  help: z.string().max(120).optional(),
  required: z.boolean().default(true),
  /** Label and help in other languages (shared/localized-text.ts); a script may need more letters than Chinese. */
  i18n: localizedTexts({ label: z.string().min(1).max(90), help: z.string().max(360) }),
};

export const formFieldSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal('text'),
    maxLength: z.number().int().min(1).max(200).default(50),
    /** Filled from the ID card: shown masked and confirmed, not typed. */
    prefill: cardFieldSchema.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('long-text'), maxLength: z.number().int().min(1).max(1000).default(300) }),
  z.strictObject({
    ...base,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Whole numbers only (people, years); false allows one decimal place (area, income). */
    integer: z.boolean().default(true),
    unit: z.string().max(8).optional(),
    i18n: localizedTexts({ label: z.string().min(1).max(90), help: z.string().max(360), unit: z.string().max(24) }),
  }),
  z.strictObject({ ...base, type: z.literal('phone') }),
  z.strictObject({
    ...base,
    type: z.literal('date'),
    /** The earliest and latest date allowed; 'today' is the kiosk's day. */
    min: z.union([isoDate, z.literal('today')]).optional(),
    max: z.union([isoDate, z.literal('today')]).optional(),
    prefill: z.literal('birthDate').optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('choice'),
    options: z
      .array(z.strictObject({ id: fieldId, label: z.string().min(1).max(30), i18n: localizedTexts({ label: z.string().min(1).max(90) }) }))
      .min(2)
      .max(20),
    multiple: z.boolean().default(false),
  }),
  z.strictObject({ ...base, type: z.literal('yes-no') }),
]);

export type FormField = z.infer<typeof formFieldSchema>;
export type FormFieldType = FormField['type'];

/** A material to capture: its name, how many pages the camera asks for, whether filing needs them. */
export const materialSchema = z.union([
  z.string().min(1).max(60),
  z.strictObject({
    name: z.string().min(1).max(60),
    pages: z.number().int().min(1).max(MAX_PAGES_PER_MATERIAL).default(1),
    required: z.boolean().default(false),
  }),
]);
export type Material = z.infer<typeof materialSchema>;
export interface MaterialSpec {
  name: string;
  pages: number;
  required: boolean;
}

export function materialSpec(material: Material): MaterialSpec {
  return typeof material === 'string' ? { name: material, pages: 1, required: false } : material;
}

export const applicationItemSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    name: z.string().min(1).max(30),
    /** 实施主体: who decides the application. */
    department: z.string().min(1).max(40),
    description: z.string().max(120).default(''),
    /** The 办事指南 of 政务信息查询 with the full checklist; its materials are printed when the kiosk holds it. */
    guideId: z.string().min(1).max(64).optional(),
    /**
     * The materials to bring, printed when the guide is not on this kiosk (yet), and the ones the
     * document camera asks for (issue 24): a name alone is one optional page.
     */
    materials: z.array(materialSchema).max(20).default([]),
    form: z.array(formFieldSchema).min(1).max(30),
    /** 承诺书 (issue 24): what the resident signs on the screen before filing; none: no signature. */
    commitment: z.string().min(1).max(300).optional(),
    /** Name, department, description and materials in other languages; missing ones show in Chinese. */
    i18n: localizedTexts({
      commitment: z.string().min(1).max(900),
      name: z.string().min(1).max(90),
      department: z.string().min(1).max(120),
      description: z.string().max(360),
      materials: z.array(z.string().min(1).max(200)).max(20),
    }),
  })
  .superRefine((item, ctx) => {
    const seen = new Set<string>();
    item.form.forEach((field, i) => {
      if (seen.has(field.id)) ctx.addIssue({ code: 'custom', path: ['form', i, 'id'], message: `field id "${field.id}" is used twice in this form` });
      seen.add(field.id);
      if (field.type === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max) {
        ctx.addIssue({ code: 'custom', path: ['form', i, 'max'], message: 'max is below min' });
      }
    });
  });

export type ApplicationItem = z.infer<typeof applicationItemSchema>;
