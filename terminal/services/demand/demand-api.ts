// 诉求反映 (接诉即办) behind KioskApi: the categories, common phrases and the hall's site list;
// submitting checks every value here (category, description length, a site on the list, a valid
// phone), then files the case — under the resident's ID card, or anonymous with a 查询码 as its
// only key. The description, a typed place and the phone are personal: sealed in the store.
import { KioskError } from '../../kiosk-error.ts';
import { said, type Said } from '../../says/say.ts';
import { demandRequestSchemas, type DemandOptions } from './demand-contract.ts';
import type { CaseReceiptView } from '../case-filing/case-receipt-view.ts';
import { demandCategories, demandDataSchema, demandPersonalSchema } from '../../../shared/contract/cases.ts';
import { siteLabel, siteLabelIn, type DemandSite } from '../../../config/demand-sites.ts';
import { MOBILE_OR_LANDLINE } from '../../form-validation.ts';
import type { ServiceCall } from '../visit.ts';
import type { ServiceContext } from '../service-context.ts';
import type { SliceMethods } from '../slice.ts';
import { maskName, maskPhone } from '../../../shared/mask.ts';
import { fileCase, type CaseFilingDeps } from '../case-filing/case-filing.ts';
import { demandReceipt } from './demand-receipt.ts';

export const DESCRIPTION_MAX = 500;
export const PLACE_TEXT_MAX = 100;

interface DemandDeps extends CaseFilingDeps, ServiceCall {
  sites(): DemandSite[];
}

const bad = (message: Said) => new KioskError('bad-request', message);
const length = (s: string) => Array.from(s).length;
const TRANSLATED = ['bo', 'ug', 'en'] as const;

/** A site's label in each language it is fully translated to (the screen falls back per language). */
function siteTexts(site: DemandSite): { i18n?: Partial<Record<(typeof TRANSLATED)[number], { label: string }>> } {
  const i18n = Object.fromEntries(TRANSLATED.flatMap((l) => {
    const label = siteLabelIn(site, l);
    return label ? [[l, { label }]] : [];
  }));
  return Object.keys(i18n).length ? { i18n } : {};
}

/** `filing`: how a case is numbered, stored and printed. */
export function createDemandApi(ctx: ServiceContext, filing: CaseFilingDeps) {
  const deps: DemandDeps = {
    ...filing,
    enter: () => ctx.enter('demand', said('core.notOfferedDemand')),
    nextSeq: ctx.nextSeq,
    sites: () => ctx.config().demand.sites,
  };
  return {
    async demandOptions(): Promise<DemandOptions> {
      const { session, service } = deps.enter();
      const card = session.resident?.kind === 'id-card' ? session.resident : null;
      return {
        categories: [...demandCategories],
        phrases: service.demandPhrases ?? {},
        phrasesI18n: Object.fromEntries(TRANSLATED.flatMap((l) => (service.i18n?.[l]?.demandPhrases ? [[l, service.i18n[l].demandPhrases]] : []))),
        sites: deps.sites().map((s) => ({ id: s.id, label: siteLabel(s), compound: s.compound, ...siteTexts(s) })),
        resident: card ? { maskedName: maskName(card.name) } : null,
        descriptionMaxLength: DESCRIPTION_MAX,
      };
    },
    async submitDemand(req): Promise<CaseReceiptView> {
      const { session, service } = deps.enter();
      // Checked in full before anything is stored: a refusal changes nothing.
      const description = req.description.trim();
      if (!description) throw bad(said('cases.demandDescriptionNeeded'));
      if (length(description) > DESCRIPTION_MAX) throw bad(said('cases.demandDescriptionTooLong', { max: DESCRIPTION_MAX, length: length(description) }));
      const site = req.siteId === null ? null : deps.sites().find((s) => s.id === req.siteId);
      if (site === undefined) throw bad(said('cases.demandSiteUnknown'));
      const placeText = req.placeText?.trim() || null;
      if (placeText && length(placeText) > PLACE_TEXT_MAX) throw bad(said('cases.demandPlaceTooLong', { max: PLACE_TEXT_MAX }));
      if (!site && !placeText) throw bad(said('cases.demandPlaceNeeded'));
      const phone = req.callbackPhone?.replace(/\s/g, '') || null;
      if (phone && !MOBILE_OR_LANDLINE.test(phone)) throw bad(said('cases.demandPhoneInvalid'));
      const card = session.resident?.kind === 'id-card' ? session.resident : null;
      if (!req.anonymous && !card) throw new KioskError('no-session', said('cases.demandNeedsCard'));

      const personal = demandPersonalSchema.parse({
        idNumber: req.anonymous ? null : card!.idNumber,
        description,
        placeText,
        callbackPhone: phone,
      });
      const maskedPhone = phone ? maskPhone(phone) : null;
      const filed = await fileCase(deps, {
        session,
        seq: deps.nextSeq(),
        serviceId: service.id,
        kind: 'demand',
        data: (caseNumber, queryCodeHash) =>
          demandDataSchema.parse({ caseNumber, category: req.category, siteId: site?.id ?? null, anonymous: req.anonymous, queryCodeHash }),
        personal,
        receipt: (formattedCaseNumber, qrUrl, submittedAt, queuedForSync, queryCode) =>
          demandReceipt({
            siteName: deps.site().name,
            timeZone: deps.site().timeZone,
            category: req.category,
            formattedCaseNumber,
            siteLabel: site ? siteLabel(site) : null,
            maskedPhone,
            anonymous: req.anonymous,
            queryCode,
            submittedAt,
            qrUrl,
            queuedForSync,
          }),
      });
      return {
        kind: 'demand',
        transactionId: filed.transactionId,
        caseNumber: filed.caseNumber,
        formattedCaseNumber: filed.formattedCaseNumber,
        title: req.category,
        submittedAt: filed.submittedAt.toISOString(),
        queryCode: req.anonymous ? filed.queryCode : null,
        materials: [],
        maskedPhone,
        print: filed.print,
        queuedForSync: filed.queuedForSync,
      };
    },
  } satisfies SliceMethods<typeof demandRequestSchemas>;
}

export type DemandApi = ReturnType<typeof createDemandApi>;
