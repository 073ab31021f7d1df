// 诉求反映: where a problem is. The hall's own list of compounds (小区/村) and their buildings
// (楼栋/组), so a resident taps a place instead of typing it; free text remains for anywhere else.
// Each site's id travels with the demand (non-personal), so the hub can count problems per place.
import { z } from 'zod';

export const demandSiteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a site id: lower-case letters, digits and -'),
  /** The compound or village, e.g. 红星小区. */
  compound: z.string().min(1).max(20),
  /** The building or group within it, e.g. 3栋; omitted for the compound as a whole. */
  building: z.string().min(1).max(20).optional(),
});

export const demandConfigSchema = z.strictObject({
  sites: z
    .array(demandSiteSchema)
    .max(300)
    .refine((sites) => new Set(sites.map((s) => s.id)).size === sites.length, 'site ids must be unique')
    .default([
      { id: 'hongxing', compound: '红星小区' },
      { id: 'hongxing-1', compound: '红星小区', building: '1栋' },
      { id: 'hongxing-2', compound: '红星小区', building: '2栋' },
      { id: 'hongxing-3', compound: '红星小区', building: '3栋' },
      { id: 'dongsheng', compound: '东升花园' },
      { id: 'dongsheng-a', compound: '东升花园', building: 'A区' },
      { id: 'dongsheng-b', compound: '东升花园', building: 'B区' },
      { id: 'dongcun', compound: '东村', building: '1组' },
      { id: 'dongcun-2', compound: '东村', building: '2组' },
      { id: 'market', compound: '镇农贸市场' },
    ]),
});

export type DemandSite = z.infer<typeof demandSiteSchema>;

export function siteLabel(site: DemandSite): string {
  return site.building ? `${site.compound} ${site.building}` : site.compound;
}
