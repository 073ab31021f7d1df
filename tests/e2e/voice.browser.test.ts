// Voice guidance in Chromium with the real core and eSpeak NG: any touch stops the speech, 重听
// says it again, the ticket number is spelled out, 点读 speaks a control on the first touch and
// acts on the second, and a language without a voice falls back to Mandarin with diagnostics
// saying so. That every screen speaks its own prompt when it appears
// is checked at each stop of the screen tour, in every language and version (tests/support/tour-checks.ts).
import { describe, test, beforeAll, afterAll, beforeEach } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { screenTour, startTourRig, type TourRig } from '../support/screen-tour.ts';
import { tZh as t } from '../../renderer/i18n/index.ts';

interface AudioState {
  paused: boolean;
  currentTime: number;
  plays: number;
  promptId: string;
  text: string;
  locale: string;
  source: string;
  volume: number;
}

const audioState = (page: Page): Promise<AudioState> =>
  page.evaluate(() => {
    const a = document.getElementById('voice-audio') as HTMLAudioElement;
    return {
      paused: a.paused,
      currentTime: a.currentTime,
      plays: Number(a.dataset.plays ?? 0),
      promptId: a.dataset.promptId ?? '',
      text: a.dataset.text ?? '',
      locale: a.dataset.locale ?? '',
      source: a.dataset.source ?? '',
      volume: a.volume,
    };
  });

/** Waits until the page is audibly playing (not paused, time moving) the given prompt. */
async function waitPlaying(page: Page, promptId: string, afterPlays = 0): Promise<AudioState> {
  await page.waitForFunction(
    ({ promptId, afterPlays }) => {
      const a = document.getElementById('voice-audio') as HTMLAudioElement | null;
      return !!a && a.dataset.promptId === promptId && Number(a.dataset.plays ?? 0) > afterPlays && !a.paused && a.currentTime > 0.2;
    },
    { promptId, afterPlays },
    { timeout: 15_000 },
  );
  return audioState(page);
}

describe('voice guidance in Chromium (real core, eSpeak NG)', () => {
  let browser: Browser;
  let rig: TourRig;
  // One core, voice and page for the five tests (each used to start its own): between tests the
  // visit ends through the core and the page loads afresh, so no volume, 点读 mode or page
  // language carries over from the test before.
  beforeAll(async () => {
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
    rig = await startTourRig(browser, { mode: 'normal', voice: true });
  });
  afterAll(async () => {
    await rig?.close();
    await browser?.close();
  });
  let pageUsed = false;
  beforeEach(async () => {
    await rig.restart(); // the first time, this loads the page
    if (pageUsed) {
      await rig.page.reload();
      await rig.page.getByText(t.placeCard).waitFor({ timeout: 30_000 });
    }
    pageUsed = true;
  });

  test('the attract prompt plays; a touch stops it; 重听 plays it again from the start', async () => {
    const first = await waitPlaying(rig.page, 'screen.attract');
    assert.equal(first.text, t.promptAttract);
    assert.equal(first.source, 'engine');
    // A touch somewhere that is not a control.
    await rig.page.getByText(t.placeCard).click();
    const stopped = await audioState(rig.page);
    assert.equal(stopped.paused, true, 'the touch stopped the speech');
    const at = stopped.currentTime;
    await rig.page.waitForTimeout(500);
    assert.equal((await audioState(rig.page)).currentTime, at, 'and it stays stopped');
    await rig.page.getByRole('button', { name: t.voiceReplay }).click();
    const again = await waitPlaying(rig.page, 'screen.attract', first.plays);
    assert.equal(again.text, t.promptAttract);
  });

  test('the ticket number is spoken digit by digit, with the counter', async () => {
    const ticket = screenTour.find((s) => s.name === 'ticket')!;
    await ticket.reach(rig);
    const state = await waitPlaying(rig.page, 'screen.ticket');
    assert.equal(state.text, t.promptTicket('A，0，0，1', '综合受理窗口'));
  });

  test('点读: the first touch on a control speaks its name, the second activates it', async () => {
    await screenTour.find((s) => s.name === 'services')!.reach(rig);
    await rig.page.getByRole('button', { name: t.touchAndHear }).click();
    const exit = rig.page.getByRole('button', { name: t.exit, exact: true });
    await exit.click();
    const named = await waitPlaying(rig.page, '');
    assert.equal(named.text, t.exit);
    assert.ok(await rig.page.getByText(t.chooseService).isVisible(), 'the first touch did not leave the screen');
    await exit.click();
    await rig.page.getByText(t.placeCard).waitFor();
  });

  test('volume buttons change the loudness of the speech', async () => {
    await waitPlaying(rig.page, 'screen.attract');
    assert.equal((await audioState(rig.page)).volume, 0.8, 'the site default (ui.volume 80)');
    await rig.page.getByRole('button', { name: t.volumeDown }).click();
    await rig.page.getByRole('button', { name: t.volumeDown }).click();
    // The second step lands a render later than the click returns: wait for what the resident sees.
    await rig.page.getByText(t.volumeLevel(40)).waitFor();
    await rig.page
      .waitForFunction(() => (document.getElementById('voice-audio') as HTMLAudioElement).volume.toFixed(2) === '0.40', undefined, { timeout: 2000 })
      .catch(() => undefined);
    assert.equal((await audioState(rig.page)).volume.toFixed(2), '0.40');
  });

  test('Tibetan with no voice and no pack is spoken in Mandarin, and diagnostics say so', async () => {
    await waitPlaying(rig.page, 'screen.attract');
    await rig.page.evaluate(() => {
      document.documentElement.lang = 'bo';
    });
    const before = (await audioState(rig.page)).plays;
    await rig.page.getByRole('button', { name: t.voiceReplay }).click();
    const state = await waitPlaying(rig.page, 'screen.attract', before);
    assert.equal(state.locale, 'zh-CN');
    const diag = rig.voice!.diagnostics();
    assert.equal(diag.locales.find((l) => l.locale === 'bo')?.speaksAs, 'zh-CN (fallback)');
    assert.equal(diag.recentFallbacks[0]?.wanted, 'bo');
    assert.equal(diag.recentFallbacks[0]?.got, 'zh-CN');
  });
});
