// KioskApi's part for 事项办理 (applications) and 诉求反映 (demands): the views the screens get and
// the request schemas the transports parse with. Kept beside api.ts (which spreads these in) so
// the services' contract lives in one place. No Node imports: the renderer bundles it.
import { z } from 'zod';
import type { ApplicationItem, FormField } from '../config/application-form-schema.ts';
import { demandCategorySchema, fieldValueSchema, type demandCategories } from '../shared/contract/cases.ts';
import type { PrintReport } from './print-report.ts';

type TranslatedLocale = 'bo' | 'ug' | 'en';

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

/** What the resident takes away from 事项办理 or 诉求反映 (the paper carries the same, nothing personal). */
export interface CaseReceiptView {
  /** A demand's title is its category, which the screen names in the resident's language. */
  kind: 'application' | 'demand';
  transactionId: string;
  /** 12 digits; `formattedCaseNumber` is the way it is printed: 0012-0000345-7. */
  caseNumber: string;
  formattedCaseNumber: string;
  /** The item's name, or the demand's category. */
  title: string;
  submittedAt: string;
  /** Shown only for an anonymous demand: its only key. Null otherwise (an identified resident's card is the key). */
  queryCode: string | null;
  materials: string[];
  /** The callback phone as screen and paper show it (138****5678); null when none was given. */
  maskedPhone: string | null;
  print: PrintReport;
  queuedForSync: boolean;
}

export interface DemandOptions {
  categories: (typeof demandCategories)[number][];
  phrases: Partial<Record<(typeof demandCategories)[number], string[]>>;
  /** The phrases in other languages, per category (issue 22); a category without them shows the Chinese ones. */
  phrasesI18n?: Partial<Record<TranslatedLocale, Partial<Record<(typeof demandCategories)[number], string[]>>>>;
  /** `i18n`: the label in other languages, only when every part of it is translated. */
  sites: { id: string; label: string; compound: string; i18n?: Partial<Record<TranslatedLocale, { label: string }>> }[];
  /** The resident on the card (masked), who may file under their name; null: anonymous only. */
  resident: { maskedName: string } | null;
  descriptionMaxLength: number;
}

const itemId = z.string().min(1).max(64);

export const caseRequestSchemas = {
  listApplicationItems: z.strictObject({}),
  getApplicationForm: z.strictObject({ itemId }),
  submitApplication: z.strictObject({
    itemId,
    answers: z.record(z.string().max(40), fieldValueSchema),
    /** The resident tapped 确认无误 on the fields read from their ID card. */
    cardFieldsConfirmed: z.boolean(),
  }),
  demandOptions: z.strictObject({}),
  submitDemand: z.strictObject({
    category: demandCategorySchema,
    description: z.string().max(2000),
    siteId: z.string().max(100).nullable(),
    placeText: z.string().max(500).nullable(),
    callbackPhone: z.string().max(40).nullable(),
    anonymous: z.boolean(),
  }),
} as const;

export interface CaseResponseTypes {
  listApplicationItems: { items: ApplicationItemSummary[] };
  getApplicationForm: ApplicationFormView;
  submitApplication: CaseReceiptView;
  demandOptions: DemandOptions;
  submitDemand: CaseReceiptView;
}
