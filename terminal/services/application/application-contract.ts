// 事项办理's part of the KioskApi contract (issue 10): request schemas (spread into api.ts's
// requestSchemas) and the views the screens get. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { ApplicationItem, FormField, MaterialSpec } from '../../../config/application-form-schema.ts';
import { fieldValueSchema } from '../../../shared/contract/cases.ts';
import { MAX_PAGE_BYTES, MAX_PAGES_PER_MATERIAL, MAX_SIGNATURE_BYTES, signatureStrokesSchema } from '../../../shared/contract/case-attachments.ts';
import { requestId } from '../slice.ts';

const base64Of = (maxBytes: number) => z.base64().max(Math.ceil(maxBytes / 3) * 4);
const pageSlot = { itemId: requestId, material: z.number().int().min(0).max(19), page: z.number().int().min(0).max(MAX_PAGES_PER_MATERIAL - 1) };

export const applicationRequestSchemas = {
  listApplicationItems: z.strictObject({}),
  getApplicationForm: z.strictObject({ itemId: requestId }),
  submitApplication: z.strictObject({
    itemId: requestId,
    answers: z.record(z.string().max(40), fieldValueSchema),
    /** The resident tapped 确认无误 on the fields read from their ID card. */
    cardFieldsConfirmed: z.boolean(),
    /** Issue 24: the 承诺书's signature, drawn on the screen; bound here to the form and the pages. */
    signature: z.strictObject({ png: base64Of(MAX_SIGNATURE_BYTES), strokes: signatureStrokesSchema }).optional(),
    /** No camera, or the resident's choice: the materials go to a counter, none are captured. */
    materialsAtCounter: z.boolean().optional(),
  }),
  /** A page from the document camera, cropped and compressed by the screen (JPEG); a retake replaces it. */
  putApplicationPage: z.strictObject({ ...pageSlot, jpeg: base64Of(MAX_PAGE_BYTES) }),
  removeApplicationPage: z.strictObject(pageSlot),
} as const;

/** A page as the core keeps it for the visit. */
export interface CapturedPageView {
  material: number;
  page: number;
  bytes: number;
}

export interface ApplicationItemSummary {
  id: string;
  name: string;
  department: string;
  description: string;
  /** What to bring: the guide's materials when this kiosk holds the guide, else the catalog's list. */
  materials: string[];
  /** The guide's materials one by one, when this kiosk holds the guide: the screen words the copies in the resident's language. */
  guideMaterials?: { name: string; form: string; copies: number }[];
  /** The 办事指南 of 政务信息查询 to open for the full requirements, when this kiosk holds it. */
  guideId: string | null;
  /** 承诺书 to sign on the screen before filing (issue 24); absent: no signature step. */
  commitment?: string;
  /** The catalog's materials as the document camera asks for them (issue 24), in `i18n.*.materials` order. */
  capture?: MaterialSpec[];
  /** Name, department, description and the catalog's materials in other languages (issue 22). */
  i18n?: ApplicationItem['i18n'];
}

/** A form field as the screen shows it; a card field carries only its masked value. */
export type FormFieldView = FormField & { prefilled: { masked: string } | null };

export interface ApplicationFormView {
  item: ApplicationItemSummary;
  fields: FormFieldView[];
  /** The kiosk's day (YYYY-MM-DD), for date limits such as "not after today". */
  today: string;
}
