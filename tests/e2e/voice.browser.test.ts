// Voice guidance in Chromium with the real core and eSpeak NG: each screen speaks its prompt when
// it appears, any touch stops it, 重听 says it again, the ticket number is spelled out, 点读 speaks
// a control on the first touch and acts on the second, and a language without a voice falls back
// to Mandarin with diagnostics saying so.
import { describe, test, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
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
  beforeAll(async () => {
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    rig = await startTourRig(browser, { mode: 'normal', voice: true });
    await rig.restart();
  });
  afterEach(async () => {
    await rig?.close();
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

  test('every screen of the tour speaks its own prompt when it appears', async () => {
    const heard: string[] = [];
    for (const stop of screenTour) {
      await rig.restart();
      await stop.reach(rig);
      // The screen on top decides: the idle dialog speaks its warning over the services screen.
      const playing = () =>
        rig.page
          .waitForFunction(() => {
            const a = document.getElementById('voice-audio') as HTMLAudioElement;
            return !a.paused && a.currentTime > 0.1 ? a.dataset.promptId : null;
          }, undefined, { timeout: 15_000 })
          .then((handle) => handle.jsonValue())
          .catch(() => null);
      let id = await playing();
      if (!id) {
        // The stop ends with a touch (the describe step taps a phrase and opens the keyboard), and a
        // touch stops speech by design: 重听 must then say this screen's prompt.
        await rig.page.getByRole('button', { name: t.voiceReplay }).click();
        id = await playing();
        if (id) id += ' (重听)';
      }
      // A silent screen is named in the failure instead of stopping the walk at it.
      heard.push(`${stop.name}:${id ?? 'silent'}`);
    }
    assert.deepEqual(heard, [
      'attract:screen.attract',
      'services:screen.services',
      'ticket:screen.ticket',
      'counter-choice:screen.queue',
      'rating:screen.rating',
      'rating-reasons:screen.rating-reason',
      'thanks:screen.thanks',
      'info-query:screen.info',
      'info-search:screen.info-search',
      'info-notices:screen.info-notices',
      'public-matters:screen.matters',
      'info-guide:screen.guide',
      'matters-topic:screen.topic',
      'matters-document:screen.matter-document',
      'rating-pick:screen.rating-pick',
      'rating-ticket:screen.rating-ticket',
      'demand-category:screen.demand-category',
      'demand-describe:screen.demand-describe (重听)',
      'demand-place:screen.demand-place',
      'demand-phone:screen.demand-phone',
      'demand-who:screen.demand-who',
      'demand-confirm:screen.demand-confirm',
      'demand-filed:screen.case-filed-anonymous',
      'application-items:screen.apply-items',
      'application-materials:screen.apply-materials',
      'application-form:screen.apply-form',
      'application-confirm:screen.apply-confirm',
      'application-filed:screen.case-filed',
      'progress-home:screen.progress',
      'progress-number:screen.progress-number',
      'progress-list:screen.progress-list',
      'progress-case:screen.progress-case',
      'certificate-types:screen.certificates',
      'certificate-done:screen.certificate-done',
      'certificate-out-of-service:screen.message',
      'idle-warning:screen.idle',
      'out-of-service:screen.out-of-service',
    ]);
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
