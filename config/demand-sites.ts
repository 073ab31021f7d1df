// 诉求反映: where a problem is. The hall's own list of compounds (小区/村) and their buildings
// (楼栋/组), so a resident taps a place instead of typing it; free text remains for anywhere else.
// Each site's id travels with the demand (non-personal), so the hub can count problems per place.
import { z } from 'zod';
import { localizedTexts } from '../shared/localized-text.ts';
import type { Locale } from '../shared/locales.ts';
import { defaultDemandSites } from './default-demand-sites.ts';

export const demandSiteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a site id: lower-case letters, digits and -'),
  /** The compound or village, e.g. 红星小区. */
  compound: z.string().min(1).max(20),
  /** The building or group within it, e.g. 3栋; omitted for the compound as a whole. */
  building: z.string().min(1).max(20).optional(),
  /** The place in other languages (a transliterated name, "Building 3"); missing ones show in Chinese. */
  i18n: localizedTexts({ compound: z.string().min(1).max(60), building: z.string().min(1).max(60) }),
});

export const demandConfigSchema = z.strictObject({
  sites: z
    .array(demandSiteSchema)
    .max(300)
    .refine((sites) => new Set(sites.map((s) => s.id)).size === sites.length, 'site ids must be unique')
    .default(defaultDemandSites),
});

export type DemandSite = z.infer<typeof demandSiteSchema>;

export function siteLabel(site: DemandSite): string {
  return site.building ? `${site.compound} ${site.building}` : site.compound;
}

/** The label in a resident's language, or null when part of it has no translation (then the Chinese label shows, with its note). */
export function siteLabelIn(site: DemandSite, locale: Exclude<Locale, 'zh-CN'>): string | null {
  const own = site.i18n?.[locale];
  const compound = own?.compound;
  const building = site.building ? own?.building : undefined;
  if (!compound || (site.building && !building)) return null;
  return building ? `${compound} ${building}` : compound;
}
