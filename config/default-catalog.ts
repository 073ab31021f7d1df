// The catalog a new kiosk shows: every service behind one entry, as the papers ask.
import type { z } from 'zod';
import { catalogSchema, type Catalog, type serviceSchema } from './catalog-schema.ts';
import { defaultApplicationItems, defaultDemandPhrases, defaultDemandPhraseTexts } from './default-application-items.ts';
import { certificateTypeTexts, queueTexts, serviceTexts } from './default-catalog-texts.ts';

type ServiceInput = z.input<typeof serviceSchema>;

/** Adds the bo/ug/en texts (default-catalog-texts.ts) to a service, its counters and certificate types. */
function withTexts(service: ServiceInput): ServiceInput {
  const texts = serviceTexts[service.id];
  const phrases = service.demandPhrases ? defaultDemandPhraseTexts : undefined;
  return {
    ...service,
    i18n: {
      bo: { ...texts?.bo, ...(phrases && { demandPhrases: phrases.bo }) },
      ug: { ...texts?.ug, ...(phrases && { demandPhrases: phrases.ug }) },
      en: { ...texts?.en, ...(phrases && { demandPhrases: phrases.en }) },
    },
    ...(service.queues && { queues: service.queues.map((q) => ({ ...q, i18n: queueTexts[q.id] })) }),
    ...(service.certificateTypes && { certificateTypes: service.certificateTypes.map((c) => ({ ...c, i18n: certificateTypeTexts[c.id] })) }),
  };
}

export const defaultCatalog: Catalog = catalogSchema.parse({
  version: 'builtin-1',
  services: ([
    { id: 'info', kind: 'info-query', name: '政务信息查询', description: '政策、办事时间、收费标准、通知公告', requiresIdentity: false },
    {
      id: 'certificates',
      kind: 'certificate-print',
      name: '证明打印',
      description: '打印证明材料（A4纸）',
      needs: ['documentPrinter', 'network'],
      certificateTypes: [
        { id: 'social-insurance', name: '社保参保缴费证明', description: '个人社会保险参保和缴费情况' },
        { id: 'residence', name: '居住证明', description: '在本辖区居住的情况' },
        { id: 'household-registration', name: '户籍证明', description: '户籍登记情况' },
      ],
    },
    { id: 'apply', kind: 'application', name: '事项办理', description: '填写申请、查看材料清单', needs: ['printer'], applicationItems: defaultApplicationItems },
    // 办件编号, as the receipt and 办件进度查询 call it (issue 21), in every language (default-catalog-texts.ts).
    {
      id: 'demand',
      kind: 'demand',
      name: '诉求反映',
      description: '反映问题，获取办件编号',
      needs: ['printer'],
      requiresIdentity: false,
      demandPhrases: defaultDemandPhrases,
    },
    // No card needed: a receipt's number and 查询码 (or its QR) open a case too (issue 10).
    { id: 'progress', kind: 'progress-query', name: '办件进度查询', description: '查询申请和诉求的办理进度', requiresIdentity: false },
    {
      id: 'queue',
      kind: 'queue-ticket',
      name: '取号排队',
      description: '领取窗口排队号',
      needs: ['printer'],
      queues: [{ id: 'general', name: '综合受理窗口', prefix: 'A' }],
    },
    { id: 'rating', kind: 'rating', name: '服务评价', description: '对窗口服务进行评价', requiresIdentity: false },
    { id: 'matters', kind: 'public-matters', name: '议题公告', description: '阅读并评论本地公共事务', requiresIdentity: false },
  ] satisfies ServiceInput[]).map(withTexts),
});
