// 诉求反映's part of the KioskApi contract (issue 10): request schemas (spread into api.ts's
// requestSchemas) and the options the screen gets. No Node imports: the renderer bundles this.
import { z } from 'zod';
import { demandCategorySchema, type demandCategories } from '../../../shared/contract/cases.ts';

type TranslatedLocale = 'bo' | 'ug' | 'en';

export const demandRequestSchemas = {
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
