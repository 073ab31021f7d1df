// Each screen's spoken prompt per language, for the voice tests: the renderer's own catalogs
// (renderer/i18n), bound to each language the way `t` binds them on screen.
import { bindCatalog } from '../../renderer/i18n/bind.ts';
import { translationAt } from '../../renderer/i18n/translations.ts';
import { zhCN } from '../../renderer/i18n/zh-CN.ts';
import { spellOut } from '../../renderer/voice/spell.ts';

export interface PromptSample {
  promptId: string;
  text: string;
}

function samples(locale: 'zh-CN' | 'ug' | 'en'): PromptSample[] {
  const v = bindCatalog(zhCN, translationAt, () => locale);
  // Names that come from published documents (services, counters, items), in each language.
  const n = {
    'zh-CN': { service: '取号排队', queue: '综合窗口', guide: '城乡居民基本医疗保险参保登记', certificate: '居住证明', item: '居住证申领' },
    en: { service: 'Queue tickets', queue: 'the general counter', guide: 'basic medical insurance', certificate: 'Certificate of residence', item: 'Residence permit' },
    ug: { service: 'نومۇر ئېلىش', queue: 'ئومۇمىي كۆزنەك', guide: 'ئاساسىي داۋالاش سۇغۇرتىسى', certificate: 'تۇرالغۇ ئىسپاتى', item: 'تۇرالغۇ كىنىشكىسى' },
  }[locale];
  return [
    { promptId: 'screen.attract', text: v.promptAttract },
    { promptId: 'screen.attract-reader-out', text: v.promptAttractReaderOut },
    { promptId: 'screen.services', text: v.promptServices },
    { promptId: 'screen.queue', text: v.promptQueue(n.service) },
    { promptId: 'screen.ticket', text: v.promptTicket(spellOut('A001'), n.queue) },
    { promptId: 'screen.rating', text: v.promptRating },
    { promptId: 'screen.thanks', text: v.promptThanks },
    { promptId: 'screen.message', text: v.promptMessage(v.needsIdentityTitle, v.placeCard) },
    { promptId: 'screen.info', text: v.promptInfo },
    { promptId: 'screen.info-search', text: v.promptInfoSearch },
    { promptId: 'screen.info-notices', text: v.promptInfoNotices },
    { promptId: 'screen.guide', text: v.promptGuide(n.guide) },
    { promptId: 'screen.matters', text: v.promptMatters },
    { promptId: 'screen.matter-document', text: v.promptMatterDocument },
    { promptId: 'screen.topic', text: v.promptTopic },
    { promptId: 'screen.certificates', text: v.promptCertificates },
    { promptId: 'screen.certificate-done', text: v.promptCertificateDone(n.certificate) },
    { promptId: 'screen.out-of-service', text: v.promptOutOfService(v.serviceScreenMissing) },
    { promptId: 'screen.idle', text: v.promptIdle(20) },
    // issue 10's screens
    { promptId: 'screen.apply-items', text: v.promptApplyItems },
    { promptId: 'screen.apply-materials', text: v.promptApplyMaterials(n.item) },
    { promptId: 'screen.apply-form', text: v.promptApplyForm(n.item) },
    { promptId: 'screen.apply-confirm', text: v.promptApplyConfirm },
    { promptId: 'screen.demand-category', text: v.promptDemandCategory },
    { promptId: 'screen.demand-describe', text: v.promptDemandDescribe },
    { promptId: 'screen.demand-place', text: v.promptDemandPlace },
    { promptId: 'screen.demand-place-text', text: v.promptDemandPlaceText },
    { promptId: 'screen.demand-phone', text: v.promptDemandPhone },
    { promptId: 'screen.demand-who', text: v.promptDemandWho },
    { promptId: 'screen.demand-confirm', text: v.promptDemandConfirm },
    { promptId: 'screen.progress', text: v.promptProgressHome },
    { promptId: 'screen.progress-number', text: v.promptProgressNumber },
    { promptId: 'screen.progress-code', text: v.promptProgressCode },
    { promptId: 'screen.progress-list', text: v.promptProgressList(3) },
    { promptId: 'screen.progress-case', text: v.promptProgressCase(spellOut('20261201000123'), n.item, v.progressStatuses['办理中']!) },
    { promptId: 'screen.rating-pick', text: v.promptRatingPick },
    { promptId: 'screen.rating-ticket', text: v.promptRatingTicket },
    { promptId: 'screen.rating-levels', text: v.promptRatingLevels(n.item) },
    { promptId: 'screen.rating-reason', text: v.promptRatingReason },
    { promptId: 'screen.case-filed', text: v.promptCaseFiled(spellOut('20261201000123')) },
    { promptId: 'screen.case-filed-anonymous', text: v.promptCaseFiledAnonymous(spellOut('20261201000123'), spellOut('K7M2')) },
  ];
}

export function screenPromptSamples(locale: 'zh-CN' | 'ug' | 'en'): PromptSample[] {
  return samples(locale);
}
