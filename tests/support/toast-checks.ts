// A passing message (the notice toast: a refused card…) must leave the ways out free (issue 21):
// the header's 退出/返回 and the voice bar are neither covered by it nor robbed of a tap. The screen
// tour calls this at every stop; it checks whatever toast is showing, and nothing when none is.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Messages that come and go by themselves over a screen. */
export const passingMessages = '.notice-toast';
/** The controls a resident must always be able to reach: the way back or out, and the voice bar. */
export const alwaysFreeControls = '.screen-header button, .voice-bar button';
/** The voice bar as a whole: a toast over its gaps still hides part of it. */
const voiceBar = '.voice-bar';
/** What covers the screen on purpose and asks for an answer first (the idle warning, the link
 *  lost, the technician's panel): a control under it is not a toast's doing. */
const deliberateCovers = '.modal-backdrop, .connecting.overlay, .technician-overlay';

/** What is wrong, one line per finding (none when no toast shows). */
export async function toastProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ passingMessages, alwaysFreeControls, voiceBar, deliberateCovers }) => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      };
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
      const toasts = [...document.querySelectorAll(passingMessages)].filter(visible);
      if (toasts.length === 0) return [];
      const controls = [...document.querySelectorAll(alwaysFreeControls)].filter(visible);
      const problems: string[] = [];
      for (const toast of toasts) {
        const box = toast.getBoundingClientRect();
        for (const control of [...controls, ...document.querySelectorAll(voiceBar)]) {
          if (overlap(box, control.getBoundingClientRect())) problems.push(`the toast ${name(toast)} covers ${name(control)}`);
        }
      }
      // A tap at a control's centre must reach the control, whatever lies over it.
      for (const control of controls) {
        const r = control.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue; // scrolled away: no tap lands there
        const hit = document.elementFromPoint(x, y);
        if (hit && (control === hit || control.contains(hit))) continue;
        if (hit?.closest(deliberateCovers)) continue;
        problems.push(`a tap on ${name(control)} lands on ${hit ? name(hit) : 'nothing'}`);
      }
      return problems;
    },
    { passingMessages, alwaysFreeControls, voiceBar, deliberateCovers },
  );
}

/** Fails, naming every finding, when a showing toast covers or takes the taps of a way out. */
export async function assertToastLeavesControlsFree(page: Page): Promise<void> {
  assert.deepEqual(await toastProblems(page), [], 'a passing message leaves 退出/返回 and the voice bar free');
}
