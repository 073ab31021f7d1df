// The soak's residents, driven through KioskApi over the browser shell's WebSocket exactly as the
// touch UI drives it (cli/load.ts's connection): one journey per service, chosen in turn, so every
// service's core code runs thousands of times. Each journey leaves the kiosk at its attract screen.
import type { KioskConnection } from '../../cli/load.ts';
import type { KioskStatus } from '../../terminal/api.ts';
import { badRatingReasons } from '../../shared/contract/cases.ts';

export type ServiceKind = 'queue-ticket' | 'info-query' | 'application' | 'demand' | 'progress-query' | 'rating' | 'public-matters' | 'certificate-print';

export interface JourneyContext {
  conn: KioskConnection;
  status: KioskStatus;
  /** The journey's number, from 1: picks the card and varies the choices. */
  n: number;
  /** Cases filed so far (12-digit numbers), for 办件进度查询 and 服务评价 of a case. */
  cases: string[];
}

type Journey = (ctx: JourneyContext) => Promise<void>;

/** 居住证明申请's form, answered as a resident would (the card fills the rest). */
const residenceAnswers = { phone: '13812345678', residence: '红星小区3栋2单元501', since: '2015-06-01', housing: 'rent', purpose: 'school' };

function serviceId(ctx: JourneyContext, kind: ServiceKind): string {
  const service = ctx.status.services.find((s) => s.kind === kind);
  if (!service) throw new Error(`the catalog has no ${kind} service`);
  return service.id;
}

async function identify(ctx: JourneyContext): Promise<void> {
  const cards = ctx.status.simulator?.cards ?? [];
  if (cards.length === 0) throw new Error('the soak needs simulated devices (no device paths in its configuration)');
  const identified = ctx.conn.waitForEvent('session', (p) => Boolean((p as { session: { resident: unknown } | null }).session?.resident), 15_000);
  await Promise.all([identified, ctx.conn.call('simPlaceCard', { cardId: cards[ctx.n % cards.length]!.id })]);
}

async function leave(ctx: JourneyContext): Promise<void> {
  await ctx.conn.call('endSession', {});
  await ctx.conn.call('simRemoveCard', {});
}

/** What the screen asks for as each page opens: its prompt spoken (cached after the first). */
const speak = (ctx: JourneyContext, text: string) => ctx.conn.call('speak', { text, locale: 'zh-CN' });

const journeys: Record<ServiceKind, Journey> = {
  async 'queue-ticket'(ctx) {
    await identify(ctx);
    const id = serviceId(ctx, 'queue-ticket');
    await ctx.conn.call('chooseService', { serviceId: id });
    const ticket = await ctx.conn.call('takeQueueTicket', { serviceId: id });
    await ctx.conn.call('rateTransaction', { transactionId: ticket.transactionId, level: 5 });
    await leave(ctx);
  },
  async 'info-query'(ctx) {
    await ctx.conn.call('startAnonymousSession', {});
    await ctx.conn.call('chooseService', { serviceId: serviceId(ctx, 'info-query') });
    await speak(ctx, '请选择要查询的事项');
    await ctx.conn.call('infoOverview', {});
    const found = await ctx.conn.call('searchGuides', { query: ['ylbx', '养老', 'yang lao', 'hj'][ctx.n % 4]! });
    const guide = found.guides[0];
    if (guide) {
      await ctx.conn.call('getGuide', { guideId: guide.id });
      if (ctx.n % 3 === 0) await ctx.conn.call('printGuide', { guideId: guide.id });
    }
    await ctx.conn.call('listNotices', {});
    await leave(ctx);
  },
  async application(ctx) {
    await identify(ctx);
    await ctx.conn.call('chooseService', { serviceId: serviceId(ctx, 'application') });
    await ctx.conn.call('listApplicationItems', {});
    await ctx.conn.call('getApplicationForm', { itemId: 'juzhu-zhengming' });
    const receipt = await ctx.conn.call('submitApplication', { itemId: 'juzhu-zhengming', answers: residenceAnswers, cardFieldsConfirmed: true });
    ctx.cases.push(receipt.caseNumber);
    await ctx.conn.call('rateTransaction', { transactionId: receipt.transactionId, level: 4 });
    await leave(ctx);
  },
  async demand(ctx) {
    await ctx.conn.call('startAnonymousSession', {});
    await ctx.conn.call('chooseService', { serviceId: serviceId(ctx, 'demand') });
    const options = await ctx.conn.call('demandOptions', {});
    const site = options.sites[ctx.n % Math.max(1, options.sites.length)];
    const receipt = await ctx.conn.call('submitDemand', {
      category: options.categories[ctx.n % options.categories.length]!,
      description: '小区东门路灯不亮，晚上出行不便',
      siteId: site?.id ?? null,
      placeText: site ? null : '东门',
      callbackPhone: null,
      anonymous: true,
    });
    ctx.cases.push(receipt.caseNumber);
    const reason = badRatingReasons[ctx.n % badRatingReasons.length]!;
    await ctx.conn.call('rateTransaction', { transactionId: receipt.transactionId, level: 2, reasons: [reason], reason });
    await leave(ctx);
  },
  async 'progress-query'(ctx) {
    await identify(ctx);
    await ctx.conn.call('chooseService', { serviceId: serviceId(ctx, 'progress-query') });
    await ctx.conn.call('myCases', {});
    const number = ctx.cases.at(-1 - (ctx.n % Math.max(1, ctx.cases.length)));
    if (number) await ctx.conn.call('lookupCase', { caseNumber: number, queryCode: null });
    await leave(ctx);
  },
  async rating(ctx) {
    await identify(ctx);
    await ctx.conn.call('chooseService', { serviceId: serviceId(ctx, 'rating') });
    const { items } = await ctx.conn.call('ratingTargets', {});
    const open = items.find((i) => !i.rated);
    if (open) await ctx.conn.call('rate', { target: open.target, level: 5, reasonText: null });
    await leave(ctx);
  },
  async 'public-matters'(ctx) {
    await identify(ctx);
    await ctx.conn.call('chooseService', { serviceId: serviceId(ctx, 'public-matters') });
    const overview = await ctx.conn.call('mattersOverview', {});
    const document = overview.sections.flatMap((s) => s.documents)[ctx.n % 2];
    if (document) await ctx.conn.call('getMatterDocument', { documentId: document.id });
    const topic = overview.topics.find((t) => t.state === 'open');
    if (topic) {
      const view = await ctx.conn.call('getTopic', { topicId: topic.id });
      const option = view.options[0];
      // A card votes once per topic; the soak's few cards are soon "already voted", a path too.
      if (option && view.myVote === 'not-voted') await ctx.conn.call('voteOnTopic', { topicId: topic.id, optionId: option.id });
    }
    await leave(ctx);
  },
  async 'certificate-print'(ctx) {
    await identify(ctx);
    const id = serviceId(ctx, 'certificate-print');
    await ctx.conn.call('chooseService', { serviceId: id });
    await ctx.conn.call('printCertificate', { serviceId: id, certificateType: 'residence' });
    await leave(ctx);
  },
};

/** The services this kiosk can run now, in the order the soak takes them (queue tickets most, as in a hall). */
export function servicesToSoak(status: KioskStatus, wanted: 'all' | 'queue-ticket'): ServiceKind[] {
  const runnable = status.services.filter((s) => s.built && !s.outOfService && s.kind in journeys).map((s) => s.kind as ServiceKind);
  if (wanted === 'queue-ticket') return runnable.filter((k) => k === 'queue-ticket');
  return ['queue-ticket', ...runnable];
}

export function runCoreJourney(kind: ServiceKind, ctx: JourneyContext): Promise<void> {
  return journeys[kind](ctx);
}
