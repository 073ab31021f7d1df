// Every screen a resident can reach, as one list: the 长辈版 size checks, the axe-core checks and
// `npm run screens` all walk it, so a screen added here is checked and photographed everywhere.
// The core is the real one (createTerminal) on fake devices and a manual clock, behind the real
// browser shell, with the real voice (eSpeak NG) when `voice` is on.
import type { Browser, Page } from 'playwright-core';
import { startBrowserShell, type BrowserShell } from '../../browser-shell/server.ts';
import { createCoreHarness } from './core-harness.ts';
import { testHub } from './test-hub.ts';
import { FakeDocumentPrinter } from './fake-devices.ts';
import { defaultCatalog } from '../../config/default-catalog.ts';
import type { Catalog } from '../../config/catalog-schema.ts';
import { standaloneSync } from '../../terminal/terminal.ts';
import type { SyncStatus } from '../../terminal/api.ts';
import type { CertificateLink } from '../../terminal/services/certificate-print/central-link.ts';
import { hanResident } from './fixtures.ts';
import { sampleGuides, sampleNotices } from './info-samples.ts';
import { mattersBody } from '../central/suites/public-matters.ts';
import { mattersBodySchema } from '../../shared/contract/public-matters.ts';
import { startCachedVoice } from './cached-speech.ts';
import { recordHeardPrompts } from './heard-prompts.ts';
import type { VoiceService } from '../../terminal/voice/voice-service.ts';
import * as i18n from '../../renderer/i18n/index.ts';
import type { Locale } from '../../shared/locales.ts';

const { catalogFor } = i18n;
export type TourCatalog = ReturnType<typeof catalogFor>;

export type Mode = 'normal' | 'elder';
export const modes: Mode[] = ['normal', 'elder'];

/**
 * The languages to walk: whatever the i18n module exports as `locales` (the ICU catalogs add
 * bo, ug, en), else Mandarin only. A language is chosen the way a site chooses it: `ui.locale`.
 */
export const tourLocales: readonly string[] = (i18n as { locales?: readonly string[] }).locales ?? ['zh-CN'];

/** Staff-facing pieces (printer notice, demo panel, technician corner): not sized for residents. */
export const staffOnly = '.staff-banner, .simulator-panel, .technician-corner';

export interface TourRig {
  core: ReturnType<typeof createCoreHarness>;
  /** The real voice service, when the rig was started with `voice`. */
  voice: VoiceService | undefined;
  shell: BrowserShell;
  page: Page;
  /** The catalogs in the rig's language: the tour finds every button by the words it shows there. */
  t: TourCatalog;
  /** Loads the page afresh with no visit under way (and offline again). */
  restart(): Promise<void>;
  /** As after a heartbeat went through: 证明打印 (which needs the hub) can be used. */
  goOnline(): void;
  /** As if central pushed this catalog; the next restart goes back to the default one. */
  useCatalog(catalog: Catalog): void;
  close(): Promise<void>;
}

export interface TourOptions {
  mode: Mode;
  locale?: string;
  voice?: boolean;
  /** The portrait kiosk screen by default. */
  viewport?: { width: number; height: number };
}

export async function startTourRig(browser: Browser, opts: TourOptions): Promise<TourRig> {
  const voice = opts.voice ? await startCachedVoice(() => new Date()) : undefined;
  // Offline (no hub) unless a stop goes online; then the hub issues every certificate asked for.
  let sync: SyncStatus = standaloneSync;
  let ownCatalog = false;
  let loaded = false;
  const core = createCoreHarness(
    { ui: { elderMode: opts.mode === 'elder', ...(opts.locale && opts.locale !== 'zh-CN' ? { locale: opts.locale } : {}) }, session: { idleTimeoutSeconds: 600, warningSeconds: 20 } },
    { voice, documentPrinter: new FakeDocumentPrinter(), syncStatus: () => sync, hub: testHub({ certificates: issuingHub(() => core.clock.now()) }) },
  );
  core.terminal.applyGuides(sampleGuides(), 1);
  core.terminal.applyNotices(sampleNotices());
  core.terminal.applyMatters(mattersBodySchema.parse(mattersBody(core.clock.now())));
  const shell = await startBrowserShell({ api: core.terminal, port: 0 });
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1080, height: 1920 }, locale: 'zh-CN' });
  // With a voice, each page keeps a log of the prompts it has played (the tour asks it after its
  // other checks, instead of waiting for the sound before them).
  if (voice) await recordHeardPrompts(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const rig: TourRig = {
    core,
    voice,
    shell,
    page,
    t: catalogFor((opts.locale ?? 'zh-CN') as Locale),
    goOnline() {
      sync = { ...standaloneSync, state: 'online', lastSuccessAt: new Date(core.clock.now()).toISOString() };
      core.terminal.publishSyncStatus(sync);
    },
    useCatalog(catalog) {
      core.terminal.applyCatalog(catalog);
      ownCatalog = true;
    },
    async restart() {
      await core.terminal.endSession({});
      if (ownCatalog) core.terminal.applyCatalog(defaultCatalog);
      ownCatalog = false;
      if (sync.state !== standaloneSync.state) core.terminal.publishSyncStatus((sync = standaloneSync));
      core.terminal.setOutOfService(null);
      // The visit's end returns the page to a fresh attract screen, as for the next resident; only
      // the first stop, or a page that did not get there (a stop that failed), loads it anew.
      const attract = page.getByText(rig.t.placeCard);
      if (loaded && (await attract.waitFor({ timeout: 3_000 }).then(() => true, () => false))) return;
      // A first load fetches the whole app and its fonts: on a loaded machine (and with walks side
      // by side) that may take longer than one step.
      await page.goto(shell.url, { timeout: 30_000 });
      await attract.waitFor({ timeout: 30_000 });
      loaded = true;
    },
    async close() {
      await context.close();
      await shell.close();
      core.close();
    },
  };
  return rig;
}

/** A hub that issues whatever certificate the resident asks for (证明打印's result screen). */
function issuingHub(now: () => number): CertificateLink {
  return {
    request: async (asked) => ({
      ok: true,
      certificate: {
        code: '7K3M-Q9TZ-04HX',
        type: asked.type,
        title: '居住证明',
        holderName: asked.name,
        idNumber: asked.idNumber,
        body: '兹证明该居民在本辖区居住。',
        authority: '东升街道办事处',
        issuedAt: new Date(now()).toISOString(),
        verifyUrl: 'http://127.0.0.1:8470/verify/7K3M-Q9TZ-04HX',
      },
    }),
  };
}

export interface Stop {
  name: string;
  /** From a fresh attract page to this screen, waiting until it shows. */
  reach(rig: TourRig): Promise<void>;
  /** A stop that follows the one before it in the list: from that stop's screen to this one, as a
   *  resident goes on (a walk that has just checked the previous screen need not start over). */
  onFrom?: { stop: string; go(rig: TourRig): Promise<void> };
}

const identified = async (rig: TourRig) => {
  rig.core.cardReader.place(hanResident);
  await rig.page.getByText(rig.t.chooseService).waitFor();
};
const tap = (rig: TourRig, name: string | RegExp) => rig.page.getByRole('button', { name }).first().click();
/** A service's tile by its kind (config/catalog-schema.ts), whatever its name in the rig's language. */
const service = (rig: TourRig, kind: string) => rig.page.locator(`.service-button[data-service-kind="${kind}"]`);
const takeTicket = async (rig: TourRig) => {
  await service(rig, 'queue-ticket').click();
  await rig.page.getByText(rig.t.yourNumber).first().waitFor();
};
const ticket = async (rig: TourRig) => {
  await identified(rig);
  await takeTicket(rig);
};
/** 服务评价's five levels, best first (terminal/rating-levels.ts): the button of one level. */
const level = (rig: TourRig, n: 1 | 2 | 3 | 4 | 5) => rig.page.locator(`.rating-button.level-${n}`);
const rateTicket = async (rig: TourRig) => {
  await tap(rig, rig.t.rateThisService);
  await rig.page.getByText(rig.t.ratingTitle).waitFor();
};
const rate = async (rig: TourRig) => {
  await ticket(rig);
  await rateTicket(rig);
};
const askReason = async (rig: TourRig) => {
  await level(rig, 2).click(); // 不满意: a reason is asked first
  await rig.page.getByRole('group', { name: rig.t.ratingReasonTitle }).waitFor();
};

const searchGuides = async (rig: TourRig) => {
  await tap(rig, rig.t.info.searchGuides);
  await rig.page.getByText(rig.t.info.searchHint).first().waitFor();
};

// A guide (办事指南) opened from its category, a 议题 with its options, a 公开 document: the
// screens a resident reads, each reached by its list's first entry.
function readingStops(): Stop[] {
  const open = (kind: string, taps: string[], shown: string) => async (rig: TourRig) => {
    await identified(rig);
    await service(rig, kind).click();
    for (const item of taps) await rig.page.locator(item).first().click();
    await rig.page.locator(shown).waitFor();
  };
  return [
    { name: 'info-guide', reach: open('info-query', ['.info-category', '.info-result'], '.info-guide') },
    { name: 'matters-topic', reach: open('public-matters', ['.matters-list .matters-item'], '.matters-topic') },
    { name: 'matters-document', reach: open('public-matters', ['.matters-section .matters-item'], '.matters-document') },
  ];
}

// 服务评价 chosen from the service list: what to rate, and a counter's ticket typed in.
function ratingStops(): Stop[] {
  const pick = async (rig: TourRig) => {
    await identified(rig);
    await service(rig, 'rating').click();
    // The list, or its absence, once the items have come.
    await rig.page.locator('.rating-pick .rating-items').or(rig.page.getByText(rig.t.ratingNoItems)).first().waitFor();
  };
  const typeTicket = async (rig: TourRig) => {
    await tap(rig, rig.t.ratingCounter);
    await rig.page.locator('.rating-ticket').waitFor();
  };
  return [
    { name: 'rating-pick', reach: pick },
    {
      name: 'rating-ticket',
      reach: async (rig) => {
        await pick(rig);
        await typeTicket(rig);
      },
      onFrom: { stop: 'rating-pick', go: typeTicket },
    },
  ];
}

// 诉求反映 (issue 10), step by step: each stop walks from the start to its step, or goes on from
// the step before, by the words of the rig's language and the steps' roles.
type DemandStep = 'category' | 'describe' | 'place' | 'phone' | 'who' | 'confirm' | 'filed';
const demandSteps: DemandStep[] = ['category', 'describe', 'place', 'phone', 'who', 'confirm', 'filed'];
async function demandTo(rig: TourRig, last: DemandStep) {
  await identified(rig);
  await service(rig, 'demand').click();
  for (const step of demandSteps.slice(0, demandSteps.indexOf(last) + 1)) await demandStep(rig, step);
}
/** One step of 诉求反映, from the screen of the step before it. */
async function demandStep(rig: TourRig, step: DemandStep) {
  const { page, t } = rig;
  if (step === 'category') await page.getByRole('list', { name: t.demandChooseCategory }).waitFor();
  if (step === 'describe') {
    await page.getByRole('list', { name: t.demandChooseCategory }).getByRole('button').first().click();
    await page.getByRole('region', { name: t.demandPhrases }).getByRole('button').first().click();
    await page.getByRole('textbox', { name: t.demandDescriptionField }).click(); // the keyboard opens
    await page.locator('.kb').waitFor();
  }
  if (step === 'place') {
    await tap(rig, t.demandNext);
    await page.getByRole('radiogroup', { name: t.demandPlaceField }).waitFor();
  }
  if (step === 'phone') {
    // The hall's first place, or, with none listed, a place typed on the keyboard.
    const places = page.getByRole('radiogroup', { name: t.demandPlaceField }).getByRole('button');
    await places.first().click();
    const phone = page.getByRole('textbox', { name: t.demandPhoneField });
    if (!(await phone.isVisible())) {
      await page.getByRole('textbox', { name: t.demandPlaceField }).click();
      await page.locator('.kb .kb-row button').first().click();
      await tap(rig, t.demandNext);
    }
    await phone.waitFor();
  }
  if (step === 'who') {
    await tap(rig, t.demandPhoneSkip);
    await page.getByRole('heading', { name: t.demandWhoTitle }).waitFor();
  }
  if (step === 'confirm') {
    await page.locator('.case-list .service-button').nth(1).click(); // anonymous
    await page.getByRole('heading', { name: t.demandConfirmTitle }).waitFor();
  }
  if (step === 'filed') {
    await tap(rig, t.demandSubmit);
    await page.getByText(t.demandSubmitted).first().waitFor({ timeout: 15_000 });
  }
}
function demandStops(): Stop[] {
  return demandSteps.map((step, i) => ({
    name: `demand-${step}`,
    reach: (rig: TourRig) => demandTo(rig, step),
    ...(i > 0 ? { onFrom: { stop: `demand-${demandSteps[i - 1]}`, go: (rig: TourRig) => demandStep(rig, step) } } : {}),
  }));
}

// 事项办理 (issue 10): the item list, an item's materials, its form, the review of the answers
// (the card fields confirmed, every answer masked as the core gives it) and the filed 办件编号.
function applicationStops(): Stop[] {
  const items = async (rig: TourRig) => {
    await identified(rig);
    await service(rig, 'application').click();
    await rig.page.getByRole('heading', { name: rig.t.applyTitle }).waitFor();
  };
  const itemsToMaterials = async (rig: TourRig) => {
    await rig.page.locator('.service-grid .service-button').first().click();
    await rig.page.getByRole('button', { name: rig.t.applyStartForm }).waitFor();
  };
  const materials = async (rig: TourRig) => {
    await items(rig);
    await itemsToMaterials(rig);
  };
  const materialsToForm = async (rig: TourRig) => {
    await tap(rig, rig.t.applyStartForm);
    await rig.page.getByRole('region', { name: rig.t.formCardTitle }).waitFor();
  };
  const form = async (rig: TourRig) => {
    await materials(rig);
    await materialsToForm(rig);
  };
  // The first item's form (高龄津贴申请, config/default-application-items.ts): the card fields, a
  // phone typed on the kiosk keyboard, one choice and one yes/no. Found by role and order, not by
  // the item's labels, so the walk does not depend on what the catalog calls them.
  const formToConfirm = async (rig: TourRig) => {
    const { page, t } = rig;
    await page.getByRole('region', { name: t.formCardTitle }).getByRole('button', { name: t.formCardConfirm }).click();
    await page.locator('.form-scroll .form-box:not(.long)').first().click();
    const keyboard = page.getByRole('group', { name: t.keyboard.group });
    for (const digit of '13912345678') await keyboard.getByRole('button', { name: digit, exact: true }).first().click();
    // Put the keyboard away: in landscape 长辈版 it leaves the fields below no room to be seen.
    await tap(rig, t.formKeyboardDone);
    for (const choices of await page.locator('.form-scroll [role="radiogroup"]').all()) await choices.getByRole('button').first().click();
    await tap(rig, t.applyReview);
    await page.getByRole('heading', { name: t.applyConfirmTitle }).waitFor();
  };
  const confirm = async (rig: TourRig) => {
    await form(rig);
    await formToConfirm(rig);
  };
  const confirmToFiled = async (rig: TourRig) => {
    await tap(rig, rig.t.applySubmit);
    await rig.page.getByText(rig.t.applySubmitted).first().waitFor({ timeout: 15_000 });
    await rig.page.locator('.case-number').waitFor();
  };
  return [
    { name: 'application-items', reach: items },
    { name: 'application-materials', reach: materials, onFrom: { stop: 'application-items', go: itemsToMaterials } },
    { name: 'application-form', reach: form, onFrom: { stop: 'application-materials', go: materialsToForm } },
    { name: 'application-confirm', reach: confirm, onFrom: { stop: 'application-form', go: formToConfirm } },
    {
      name: 'application-filed',
      reach: async (rig) => {
        await confirm(rig);
        await confirmToFiled(rig);
      },
      onFrom: { stop: 'application-confirm', go: confirmToFiled },
    },
  ];
}

// 办件进度查询 (issue 10): how to look a case up, the number pad, and a case filed here first (a
// named 诉求, kept in the kiosk's store until the hub takes it) opened from 查询我的办件.
function progressStops(): Stop[] {
  // Without a card (a card lists the resident's own cases at once).
  const home = async (rig: TourRig) => {
    await tap(rig, rig.t.browseWithoutCard);
    await service(rig, 'progress-query').click();
    await rig.page.locator('.progress-home').waitFor();
  };
  const byNumber = async (rig: TourRig) => {
    await tap(rig, rig.t.progressByNumber);
    await rig.page.locator('.kb').waitFor();
  };
  return [
    { name: 'progress-home', reach: home },
    {
      name: 'progress-number',
      reach: async (rig) => {
        await home(rig);
        await byNumber(rig);
      },
      onFrom: { stop: 'progress-home', go: byNumber },
    },
    {
      // Two named 诉求 filed at this kiosk (straight through the core: their own screens are
      // stops above), then 办件进度查询 with the same card lists both.
      name: 'progress-list',
      reach: async (rig) => {
        await identified(rig);
        for (const description of ['小区路灯不亮', '楼道堆放杂物']) {
          await rig.core.terminal.submitDemand({ category: '求助', description, siteId: null, placeText: '3栋', callbackPhone: null, anonymous: false });
        }
        await service(rig, 'progress-query').click();
        await rig.page.locator('.progress-list .progress-item').nth(1).waitFor();
      },
    },
    {
      // One named 诉求 filed at this kiosk (straight through the core, as for the list: the
      // screens that file one are stops above), then 办件进度查询 with the same card opens it.
      name: 'progress-case',
      reach: async (rig) => {
        await identified(rig);
        await rig.core.terminal.submitDemand({ category: '求助', description: '小区路灯不亮', siteId: null, placeText: '3栋', callbackPhone: null, anonymous: false });
        await service(rig, 'progress-query').click();
        // One case opens at once; several are listed first.
        // The case's steps list (by its label: a screen title may contain the same word, e.g. "Progress").
        const steps = rig.page.getByRole('list', { name: rig.t.progressSteps, exact: true });
        await rig.page.locator('.progress-list .progress-item').or(steps).first().waitFor();
        if (!(await steps.isVisible())) await rig.page.locator('.progress-list .progress-item').first().click();
        await steps.waitFor();
      },
    },
  ];
}

// 证明打印 with the hub reachable: the certificate types, then the printed certificate's screen.
function certificateStops(): Stop[] {
  const types = async (rig: TourRig) => {
    await identified(rig);
    rig.goOnline();
    await rig.page.locator('.service-button[data-service-kind="certificate-print"]:not(.out-of-service)').click();
    await rig.page.getByRole('heading', { name: rig.t.chooseCertificate }).waitFor();
  };
  const print = async (rig: TourRig) => {
    await rig.page.locator('.certificates .service-grid .service-button').first().click();
    await rig.page.getByText(rig.t.certificatePrinted).waitFor({ timeout: 20_000 });
  };
  return [
    { name: 'certificate-types', reach: types },
    {
      name: 'certificate-done',
      reach: async (rig) => {
        await types(rig);
        await print(rig);
      },
      onFrom: { stop: 'certificate-types', go: print },
    },
  ];
}

export const screenTour: Stop[] = [
  { name: 'attract', reach: async () => {} },
  { name: 'services', reach: identified, onFrom: { stop: 'attract', go: identified } },
  { name: 'ticket', reach: ticket, onFrom: { stop: 'services', go: takeTicket } },
  { name: 'rating', reach: rate, onFrom: { stop: 'ticket', go: rateTicket } },
  {
    name: 'rating-reasons',
    reach: async (rig) => {
      await rate(rig);
      await askReason(rig);
    },
    onFrom: { stop: 'rating', go: askReason },
  },
  {
    name: 'thanks',
    reach: async (rig) => {
      await rate(rig);
      await level(rig, 4).click(); // 满意
      await rig.page.getByText(rig.t.thanksForRating).waitFor();
    },
  },
  {
    // A hall with more than one counter: the resident picks one before the number is taken.
    name: 'counter-choice',
    reach: async (rig) => {
      const counters = [
        { id: 'general', name: '综合受理窗口', prefix: 'A' },
        { id: 'social', name: '社保医保窗口', prefix: 'B' },
        { id: 'civil', name: '民政救助窗口', prefix: 'C' },
      ];
      rig.useCatalog({ ...defaultCatalog, services: defaultCatalog.services.map((s) => (s.kind === 'queue-ticket' ? { ...s, queues: counters } : s)) });
      await identified(rig);
      await service(rig, 'queue-ticket').click();
      await rig.page.getByRole('heading', { name: rig.t.chooseQueue }).waitFor();
    },
  },
  {
    name: 'info-query',
    reach: async (rig) => {
      await identified(rig);
      await service(rig, 'info-query').click();
      await rig.page.locator('.info-home').waitFor();
    },
  },
  {
    name: 'info-search',
    reach: async (rig) => {
      await identified(rig);
      await service(rig, 'info-query').click();
      await searchGuides(rig);
    },
    onFrom: { stop: 'info-query', go: searchGuides },
  },
  {
    name: 'info-notices',
    reach: async (rig) => {
      await identified(rig);
      await service(rig, 'info-query').click();
      await rig.page.locator('.info-home').waitFor();
      await tap(rig, rig.t.info.noticesCount(sampleNotices().items.length));
      await rig.page.locator('.info-notices .info-notice').first().waitFor();
    },
  },
  {
    name: 'public-matters',
    reach: async (rig) => {
      await identified(rig);
      await service(rig, 'public-matters').click();
      await rig.page.locator('.matters-home').waitFor();
    },
  },
  ...readingStops(),
  ...ratingStops(),
  ...demandStops(),
  ...applicationStops(),
  ...progressStops(),
  ...certificateStops(),
  {
    name: 'certificate-out-of-service',
    reach: async (rig) => {
      await identified(rig);
      // Marked aria-disabled (out of service) yet still pressable: it says why.
      await service(rig, 'certificate-print').click({ force: true });
      await rig.page.getByRole('heading', { name: rig.t.outOfServiceTitle }).waitFor();
    },
  },
  {
    name: 'idle-warning',
    reach: async (rig) => {
      await identified(rig);
      rig.core.clock.advance(rig.core.config.session.idleTimeoutSeconds * (rig.core.config.ui.elderMode ? rig.core.config.session.elderSlowdown : 1) * 1000);
      await rig.page.getByRole('alertdialog').waitFor();
    },
  },
  {
    name: 'out-of-service',
    reach: async (rig) => {
      rig.core.terminal.setOutOfService('本机暂停服务，请到人工窗口办理。');
      // The notice is told in the resident's language (the says catalog), so wait on the screen itself.
      await rig.page.getByTestId('out-of-service').getByRole('heading', { name: rig.t.outOfServiceTitle }).waitFor();
    },
  },
];

