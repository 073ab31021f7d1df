// Every per-screen check of the screen tour, run together at each stop: one walk per language,
// version and orientation does the work that five walks (sizes, axe, contrast, main action, voice)
// did one by one. Each stop is its own test, named by its stop, and collects what every check
// found before it asserts, so one finding does not hide another. A stop that follows the one just
// checked (the steps of 诉求反映 and 事项办理) goes on from its screen, as a resident would; any
// other stop, or one after a failure, starts from a fresh attract page.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { modes, screenTour, startTourRig, tourLocales, type Mode, type TourRig } from './screen-tour.ts';
import { stopFindings, type StopFindings } from './stop-checks.ts';
import type { ShownButton } from './main-action.ts';
import { toastProblems } from './toast-checks.ts';
import { firstHeardSince, hush, markHeard } from './heard-prompts.ts';
import { RESIDENT_MESSAGES } from '../../drivers/idcard-sam/reader.ts';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const sizeLimits = {
  normal: { target: 44, font: 18, lineHeight: 1.3 },
  elder: { target: 60, font: 30, lineHeight: 1.3 },
};

/** 长辈版: buttons in the frame at most: 重听, 声音 and the screen's own way back or out (or 长辈版 itself). */
const frameLimit = 3;

/** The prompt each stop's screen speaks when it appears (the screen on top decides: the idle
 *  dialog speaks its warning over the services screen). */
export const stopPrompts: Record<string, string> = {
  attract: 'screen.attract',
  services: 'screen.services',
  ticket: 'screen.ticket',
  'counter-choice': 'screen.queue',
  rating: 'screen.rating',
  'rating-reasons': 'screen.rating-reason',
  thanks: 'screen.thanks',
  'info-query': 'screen.info',
  'info-search': 'screen.info-search',
  'info-notices': 'screen.info-notices',
  'public-matters': 'screen.matters',
  'info-guide': 'screen.guide',
  'matters-topic': 'screen.topic',
  'matters-document': 'screen.matter-document',
  'rating-pick': 'screen.rating-pick',
  'rating-ticket': 'screen.rating-ticket',
  'demand-category': 'screen.demand-category',
  'demand-describe': 'screen.demand-describe',
  'demand-place': 'screen.demand-place',
  'demand-phone': 'screen.demand-phone',
  'demand-who': 'screen.demand-who',
  'demand-confirm': 'screen.demand-confirm',
  'demand-filed': 'screen.case-filed-anonymous',
  'application-items': 'screen.apply-items',
  'application-materials': 'screen.apply-materials',
  'application-form': 'screen.apply-form',
  'application-confirm': 'screen.apply-confirm',
  'application-filed': 'screen.case-filed',
  'progress-home': 'screen.progress',
  'progress-number': 'screen.progress-number',
  'progress-list': 'screen.progress-list',
  'progress-case': 'screen.progress-case',
  'certificate-types': 'screen.certificates',
  'certificate-done': 'screen.certificate-done',
  'certificate-out-of-service': 'screen.message',
  'idle-warning': 'screen.idle',
  'out-of-service': 'screen.out-of-service',
};

/** Screens a card refusal does not reach: the kiosk is out of service, or the idle warning's dialog
 *  covers the screen and is answered first (the toast's check skips what lies under a dialog). */
const noToastStops = new Set(['out-of-service']);

/** A card the reader could not read, refused while this screen shows: its passing notice must leave
 *  退出/返回 and the voice bar free to see and to tap (issue 21). Checked last: the notice stays up
 *  for a while, so the next stop's checks see it too. */
async function toastOverControlsProblems(rig: TourRig, stop: string): Promise<string[]> {
  if (noToastStops.has(stop)) return [];
  rig.core.cardReader.emit('refused', { message: RESIDENT_MESSAGES.unreadable });
  const shown = await rig.page
    .locator('.notice-toast')
    .first()
    .waitFor({ timeout: 5_000 })
    .then(() => true, () => false);
  if (!shown) return ['no notice shows for a refused card'];
  return toastProblems(rig.page);
}

/** Where a stop's time goes (TOUR_PROFILE=file.jsonl appends one line per stop: ms per phase). */
function phaseTimer() {
  const ms: Record<string, number> = {};
  let since = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    ms[phase] = Math.round(now - since);
    since = now;
  };
  lap.save = (what: Record<string, string>) => {
    if (process.env.TOUR_PROFILE) appendFileSync(process.env.TOUR_PROFILE, `${JSON.stringify({ ...what, ...ms })}\n`);
  };
  return lap;
}

/** Stops whose last step is a touch on the screen itself, which stops the speech. */
const endsWithTouch = new Set(['demand-describe']);

/** Rendered boxes and computed type against the version's minimums. */
function sizeProblems(found: StopFindings, mode: Mode): string[] {
  assert.equal(found.elderShown, mode === 'elder' ? 1 : 0, `the screen is in the ${mode} version`);
  const m = found.sizes;
  assert.ok(m.controls >= 1 && m.texts >= 2, `measured ${m.controls} controls and ${m.texts} texts`);
  return [...m.smallTargets.map((s) => `target ${s}`), ...m.smallText.map((s) => `text ${s}`), ...m.tightLines.map((s) => `line height ${s}`)];
}

/** axe-core's WCAG 2.2 AA rules, and computed contrast (长辈版 asks 7:1; axe checks 4.5:1). */
function accessibilityProblems(found: StopFindings): string[] {
  const result = found.axe!;
  // Only violations need their nodes listed; passes still name every rule that ran.
  assert.ok(result.passed > 5, 'axe ran its rules');
  const problems = result.violations.map((v) => `${v.id} (${v.impact}) ${v.targets.slice(0, 3).join(' | ')}`);
  const contrast = found.contrast!;
  assert.ok(contrast.checked >= 2, 'contrast measured');
  return [...problems, ...contrast.low.map((low) => `contrast ${low}`)];
}

/** 长辈版: at most one main action, the only filled and the tallest button outside the choice lists. */
function mainActionProblems(buttons: ShownButton[]): string[] {
  const problems: string[] = [];
  const main = buttons.filter((b) => b.main);
  const frame = buttons.filter((b) => b.zone === 'frame');
  const choices = buttons.filter((b) => b.zone === 'choice');
  if (main.length > 1) problems.push(`${main.length} main actions (${main.map((b) => b.name).join(', ')})`);
  for (const b of buttons.filter((b) => b.filled && !b.main)) problems.push(`"${b.name}" is filled like a main action`);
  for (const b of buttons.filter((b) => b.spills)) problems.push(`the words of "${b.name}" spill out of it (${b.width}×${b.height})`);
  if (frame.length > frameLimit) problems.push(`${frame.length} buttons in the frame (${frame.map((b) => b.name).join(', ')})`);
  const [m] = main;
  if (m) {
    if (!m.filled) problems.push(`the main action "${m.name}" is not filled`);
    for (const b of buttons.filter((b) => !b.main && b.zone !== 'choice' && b.height > m.height)) problems.push(`"${b.name}" ${b.height} px is taller than the main action ${m.height} px`);
    for (const b of frame.filter((b) => b.width * b.height >= m.width * m.height)) problems.push(`"${b.name}" in the frame is as large as the main action`);
  } else if (buttons.some((b) => b.zone === 'content') && choices.length < 2) {
    problems.push(`buttons but neither a main action nor a list to choose from (${buttons.filter((b) => b.zone === 'content').map((b) => b.name).join(', ')})`);
  }
  return problems;
}

/** 长辈版's attract screen: its main action is the card instruction (where to put the card). */
function attractMainActionProblems(buttons: ShownButton[], placeCard: string): string[] {
  const main = buttons.find((b) => b.main);
  const expected = placeCard.replace(/\s+/g, ' ').trim().slice(0, 30);
  return main?.name === expected ? [] : [`the main action is ${main ? `"${main.name}"` : 'missing'}, not the card instruction "${expected}"`];
}

/** The screen speaks its own prompt when it appears (eSpeak NG through the real voice service):
 *  the first prompt the page's record shows audible from the moment the screen was reached. */
function voiceProblems(stop: string, heard: string | null): string[] {
  return heard === stopPrompts[stop] ? [] : [`speaks ${heard ?? 'nothing'} instead of ${stopPrompts[stop]}${endsWithTouch.has(stop) ? ' (after 重听)' : ''}`];
}

/**
 * One language's walks: in portrait, both versions with every check; in landscape (Mandarin only,
 * since the layouts' breakpoints do not depend on the language) the size checks.
 */
export function describeTourChecks(locale: string): void {
  assert.ok(tourLocales.includes(locale), `${locale} is not a language of the tour`);
  const walks = modes.map((mode) => ({ mode, viewport: { width: 1080, height: 1920 }, all: true }));
  if (locale === tourLocales[0]) walks.push(...modes.map((mode) => ({ mode, viewport: { width: 1920, height: 1080 }, all: false })));

  describe(`screen tour in ${locale} (Chromium, real core, eSpeak NG)`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
    });
    afterAll(async () => {
      await browser?.close();
    });

    // The walks of one orientation run side by side (normal and 长辈版), each on its own core and
    // page: most of a stop's time is spent waiting on the page. Orientations follow each other, so
    // no more than two pages are busy at once; a walk's own stops run in order.
    for (const orientation of ['portrait', 'landscape'] as const) {
      const sameOrientation = walks.filter((w) => (w.viewport.width < w.viewport.height ? 'portrait' : 'landscape') === orientation);
      if (sameOrientation.length > 0) describe(orientation, () => describeWalks(orientation, sameOrientation));
    }

    function describeWalks(orientation: string, sameOrientation: typeof walks): void {
      for (const { mode, viewport, all } of sameOrientation) {
        const limits = sizeLimits[mode];
        const checks = all
          ? `controls ≥ ${limits.target} px, text ≥ ${limits.font} px, lines ≥ ${limits.lineHeight}; axe WCAG 2.2 AA; contrast ≥ ${mode === 'elder' ? '7' : '4.5'}:1; ${mode === 'elder' ? 'one main action; ' : ''}its own spoken prompt`
          : `controls ≥ ${limits.target} px, text ≥ ${limits.font} px, lines ≥ ${limits.lineHeight}`;

        describe(`${locale}, ${mode}, ${orientation}`, { concurrent: true }, () => {
          let rig: TourRig;
          /** The stop whose screen the page shows after a passed test, for the next stop to go on from. */
          let shown: string | null = null;
          beforeAll(async () => {
            rig = await startTourRig(browser, { mode, locale, viewport, voice: all });
          });
          afterAll(async () => {
            await rig?.close();
          });

          for (const stop of screenTour) {
            test.sequential(`${stop.name}: ${checks}`, async () => {
              const lap = phaseTimer();
              const goOn = stop.onFrom && stop.onFrom.stop === shown;
              shown = null;
              if (goOn) await stop.onFrom!.go(rig);
              else {
                await rig.restart();
                lap('restart');
                await stop.reach(rig);
              }
              lap('reach');
              const problems: string[] = [];
              // What is heard from here on: the prompt plays as the screen appears. A stop that ends with a touch (the describe step taps a phrase and opens
              // the keyboard) has had its speech stopped by that touch, by design: 重听 must then
              // say this screen's prompt.
              if (all && endsWithTouch.has(stop.name)) await rig.page.getByRole('button', { name: rig.t.voiceReplay }).click();
              // What the screen said is asked first, and the voice then hushed: a clip left to play
              // on costs the page a tenth of a core, in real time, while the other checks run.
              if (all) {
                const heard = await firstHeardSince(rig.page, await markHeard(rig.page));
                await hush(rig.page);
                problems.push(...voiceProblems(stop.name, heard).map((p) => `voice: ${p}`));
              }
              lap('voice');
              // Every in-page check at once, after the fonts and a painted frame (stop-checks.ts).
              const found = await stopFindings(rig.page, {
                sizes: limits,
                minContrast: all ? (mode === 'elder' ? 7 : 4.5) : null,
                axeTags: all ? wcag22aa : null,
                buttons: all && mode === 'elder',
              });
              lap('page');
              problems.push(...sizeProblems(found, mode).map((p) => `size: ${p}`));
              problems.push(...found.overflow.map((p) => `overflow: ${p}`));
              if (all) {
                problems.push(...accessibilityProblems(found).map((p) => `a11y: ${p}`));
                if (mode === 'elder') problems.push(...mainActionProblems(found.buttons!).map((p) => `main action: ${p}`));
                if (mode === 'elder' && stop.name === 'attract') problems.push(...attractMainActionProblems(found.buttons!, rig.t.placeCard).map((p) => `main action: ${p}`));
              }
              problems.push(...(await toastOverControlsProblems(rig, stop.name)).map((p) => `toast: ${p}`));
              // The refused card is spoken too; nothing listens to it (the next screen's prompt is
              // asked for afresh).
              if (all) await hush(rig.page);
              lap('toast');
              lap.save({ stop: stop.name, locale, mode, orientation });
              // Any finding stops the walk going on from here: the next stop starts afresh.
              assert.deepEqual(problems, [], `${stop.name} (${locale}, ${mode}, ${orientation})`);
              shown = stop.name;
            });
          }
        });
      }
    }
  });
}
