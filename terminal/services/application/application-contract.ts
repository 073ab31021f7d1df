// 事项办理's part of the KioskApi contract (issue 10): request schemas (spread into api.ts's
// requestSchemas) and the views the screens get. No Node imports: the renderer bundles this.
import { z } from 'zod';
import type { ApplicationItem, FormField } from '../../../config/application-form-schema.ts';
import { fieldValueSchema } from '../../../shared/contract/cases.ts';
import { requestId } from '../slice.ts';

export const applicationRequestSchemas = {
  listApplicationItems: z.strictObject({}),
  getApplicationForm: z.strictObject({ itemId: requestId }),
  submitApplication: z.strictObject({
    itemId: requestId,
    answers: z.record(z.string().max(40), fieldValueSchema),
    /** The resident tapped 确认无误 on the fields read from their ID card. */
    cardFieldsConfirmed: z.boolean(),
  }),
} as const;

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
