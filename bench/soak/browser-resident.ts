// The soak's resident at the real screen: Chromium (Playwright) on the kiosk's page, touching what
// a person touches — the demo panel's card, the service tiles, the on-screen keyboard, 评价 and
// 完成 — while the page speaks each screen's prompt and the simulator cuts the receipts. The same
// page stays open for the whole soak, as in a hall, so what it keeps from visit to visit shows.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium.ts';
import { placeCardFromSimulatorPanel } from '../../tests/support/demo-journey.ts';
import { ensureRendererBuilt } from '../../tests/renderer/ui-harness.ts';
import { catalogFor } from '../../renderer/i18n/index.ts';
import { startRendererSampler, type RendererSample } from './renderer-sample.ts';
import type { ServiceKind } from './core-journeys.ts';
import { SOAK_IDLE_SECONDS } from './kiosk-under-soak.ts';

const t = catalogFor('zh-CN');
/** Generous: on a loaded machine a screen can take many seconds, and a slow step is not a leak. */
const WAIT = 45_000;

export interface BrowserResident {
  /** The services this resident knows how to use on screen. */
  kinds: ServiceKind[];
  journey(kind: ServiceKind, n: number): Promise<void>;
  walkAway(): Promise<void>;
  /** After a failed journey: back to a fresh attract screen. */
  recover(): Promise<void>;
  sample(): Promise<RendererSample>;
  close(): Promise<void>;
}

const tile = (page: Page, kind: ServiceKind) => page.locator(`.service-button[data-service-kind="${kind}"]`);
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }).first();

async function typeOnKeyboard(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: '键盘' });
  for (const ch of text) await keyboard.getByRole('button', { name: ch === ' ' ? '空格' : ch, exact: true }).click();
}

async function attract(page: Page, timeout = WAIT): Promise<void> {
  await page.getByText(t.placeCard).waitFor({ timeout });
}

async function withCard(page: Page, n: number): Promise<void> {
  const cards = [/^放置：张伟民/, /^放置：次仁卓玛/, /^放置：刘桂芳/];
  await placeCardFromSimulatorPanel(page, cards[n % cards.length]!);
  await page.getByText(t.chooseService).waitFor({ timeout: WAIT });
}

async function withoutCard(page: Page): Promise<void> {
  await button(page, t.browseWithoutCard).click();
  await page.getByText(t.chooseService).waitFor({ timeout: WAIT });
}

/** 返回 back to the service list and 退出 there (or 完成 where a visit ends), then the card off the reader. */
async function leave(page: Page, carded: boolean): Promise<void> {
  const exit = button(page, new RegExp(`^(${t.exit}|${t.done}|${t.finishAndExit})$`));
  for (let step = 0; step < 6 && !(await exit.isVisible()); step++) await button(page, t.back).click();
  await exit.click();
  await attract(page);
  if (carded) {
    const panel = page.getByRole('region', { name: '模拟设备（演示）' });
    await panel.getByRole('button', { name: '模拟设备（演示）' }).click();
    await panel.getByRole('button', { name: t.simulatorRemove }).click();
  }
}

const journeys: Partial<Record<ServiceKind, (page: Page, n: number) => Promise<void>>> = {
  async 'queue-ticket'(page, n) {
    await withCard(page, n);
    await tile(page, 'queue-ticket').click();
    await page.getByText(t.yourNumber).first().waitFor({ timeout: WAIT });
    await page.getByText(t.printed).waitFor({ timeout: WAIT });
    await button(page, t.rateThisService).click();
    await page.locator('.rating-button.level-4').click();
    await page.getByText(t.thanksForRating).waitFor({ timeout: WAIT });
    await leave(page, true);
  },
  async 'info-query'(page, n) {
    await withoutCard(page);
    await tile(page, 'info-query').click();
    await button(page, '搜索办事指南').click();
    await typeOnKeyboard(page, ['ylbx', 'yang lao'][n % 2]!);
    const results = page.getByRole('list', { name: '搜索办事指南' });
    await results.getByRole('button').first().click();
    await page.getByRole('heading').first().waitFor();
    if (n % 3 === 0) {
      await button(page, '打印材料清单').click();
      await page.getByText(t.printed).waitFor({ timeout: WAIT });
    }
    await leave(page, false);
  },
  async demand(page) {
    await withoutCard(page);
    await tile(page, 'demand').click();
    await button(page, /举报/).click();
    await page.getByRole('region', { name: '常用语（点一下即可加入）' }).getByRole('button').first().click();
    await button(page, '下一步').click();
    await page.getByRole('heading', { name: '事情发生在哪里？' }).waitFor();
    await page.locator('.demand-site, [data-site-id]').first().or(page.getByRole('button', { name: /小区|花园|市场/ }).first()).click();
    await page.getByRole('textbox', { name: '回访电话' }).waitFor();
    await typeOnKeyboard(page, '13712345678');
    await button(page, '下一步').click();
    await button(page, /^匿名反映/).click();
    await button(page, '确认提交').click();
    await page.getByText('诉求已提交').waitFor({ timeout: WAIT });
    await leave(page, false);
  },
  async 'public-matters'(page, n) {
    await withCard(page, n);
    await tile(page, 'public-matters').click();
    await page.locator('.matters-list .matters-item').first().click();
    await page.locator('.matters-topic').waitFor();
    await leave(page, true);
  },
  async 'progress-query'(page, n) {
    await withCard(page, n);
    await tile(page, 'progress-query').click();
    await page.getByRole('list', { name: '办件进度查询' }).or(page.getByText(/没有|暂无/).first()).waitFor({ timeout: WAIT });
    await leave(page, true);
  },
};

export async function startBrowserResident(url: string): Promise<BrowserResident> {
  ensureRendererBuilt();
  const browser: Browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, locale: 'zh-CN' });
    page.setDefaultTimeout(WAIT);
    await page.goto(url);
    await attract(page);
    const sampler = await startRendererSampler(page);
    return {
      kinds: Object.keys(journeys) as ServiceKind[],
      async journey(kind, n) {
        const run = journeys[kind];
        if (!run) throw new Error(`the soak's resident does not use ${kind} on screen yet`);
        await run(page, n);
      },
      async walkAway() {
        await withoutCard(page);
        // The idle warning, then the wipe, with no touch: back at the attract screen.
        await attract(page, (SOAK_IDLE_SECONDS + 10) * 1000);
      },
      async recover() {
        await page.goto(url);
        await attract(page);
      },
      sample: () => sampler.sample(),
      async close() {
        await sampler.close().catch(() => undefined);
        await browser.close();
      },
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
