// Which spoken prompts a page has let the resident hear, recorded in the page as they play, so a
// check can ask after other checks have run what the screen said when it appeared (instead of
// polling for it first, while every other check waits). A prompt counts as heard once its clip has
// played past a tenth of a second, as the screen tour always asked; a clip that then ends or is
// stopped by a touch stays heard.
import type { BrowserContext, Page } from 'playwright-core';

interface HeardLog {
  /** Prompt ids in the order their clips became audible. */
  ids: string[];
  /** Told of each prompt as it is heard: a check waits on this event instead of polling the page
   *  every animation frame (which kept a software-rendered page drawing for as long as it waited). */
  listeners: (() => void)[];
}

/** Runs in every document of the context before the app: listens to the voice's audio element. */
function recordInPage(): void {
  const log: HeardLog = { ids: [], listeners: [] };
  (window as unknown as { __heardPrompts: HeardLog }).__heardPrompts = log;
  let id = '';
  let heard = true;
  const voiceAudio = (e: Event) => {
    const a = e.target as HTMLAudioElement;
    return a instanceof HTMLAudioElement && a.id === 'voice-audio' ? a : null;
  };
  // Media events do not bubble: listen in the capture phase. A new clip is a new load; the prompt
  // it says was named on the element before its clip was asked for.
  document.addEventListener('loadstart', (e) => {
    const a = voiceAudio(e);
    if (!a) return;
    id = a.dataset.promptId ?? '';
    heard = false;
  }, true);
  document.addEventListener('timeupdate', (e) => {
    const a = voiceAudio(e);
    if (!a || heard || a.currentTime <= 0.1) return;
    heard = true;
    log.ids.push(id);
    for (const listener of log.listeners.splice(0)) listener();
  }, true);
}

export async function recordHeardPrompts(context: BrowserContext): Promise<void> {
  await context.addInitScript(recordInPage);
}

/** Where the page's hearing stands now: the prompt audible at this moment, and how many were heard. */
export interface HeardMark {
  playing: string | null;
  count: number;
}

export function markHeard(page: Page): Promise<HeardMark> {
  return page.evaluate(() => {
    const a = document.getElementById('voice-audio') as HTMLAudioElement | null;
    const log = (window as unknown as { __heardPrompts?: HeardLog }).__heardPrompts;
    if (!log) throw new Error('the page does not record its prompts (recordHeardPrompts)');
    return { playing: a && !a.paused && a.currentTime > 0.1 ? (a.dataset.promptId ?? '') : null, count: log.ids.length };
  });
}

/** The first prompt heard from `mark` on (the one playing then, else the next to play), or null
 *  if none played within the wait. Waits on the page's own record of what it played. */
export async function firstHeardSince(page: Page, mark: HeardMark, timeout = 15_000): Promise<string | null> {
  if (mark.playing !== null) return mark.playing;
  return page
    .evaluate(
      ({ count, timeout }) =>
        new Promise<string | null>((resolve) => {
          const log = (window as unknown as { __heardPrompts: HeardLog }).__heardPrompts;
          const timer = setTimeout(() => resolve(null), timeout);
          const check = () => {
            const id = log.ids[count];
            if (id === undefined) return void log.listeners.push(check);
            clearTimeout(timer);
            resolve(id);
          };
          check();
        }),
      { count: mark.count, timeout },
    )
    .catch(() => null);
}

/** Stops whatever the page is saying, once a check has heard what it needed: a clip left to play
 *  on keeps the page's media pipeline busy in real time (about a tenth of a core) while the other
 *  checks and the way to the next screen run, and nothing after the check listens to it. */
export async function hush(page: Page): Promise<void> {
  await page.evaluate(() => (document.getElementById('voice-audio') as HTMLAudioElement | null)?.pause());
}
