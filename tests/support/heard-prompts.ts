// Which spoken prompts a page has let the resident hear, recorded in the page as they play, so a
// check can ask after other checks have run what the screen said when it appeared (instead of
// polling for it first, while every other check waits). A prompt counts as heard once its clip has
// played past a tenth of a second, as the screen tour always asked; a clip that then ends or is
// stopped by a touch stays heard.
import type { BrowserContext, Page } from 'playwright-core';

interface HeardLog {
  /** Prompt ids in the order their clips became audible. */
  ids: string[];
}

/** Runs in every document of the context before the app: listens to the voice's audio element. */
function recordInPage(): void {
  const log: HeardLog = { ids: [] };
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
 *  if none played within the wait. */
export async function firstHeardSince(page: Page, mark: HeardMark, timeout = 15_000): Promise<string | null> {
  if (mark.playing !== null) return mark.playing;
  return page
    .waitForFunction((count) => (window as unknown as { __heardPrompts: HeardLog }).__heardPrompts.ids[count] ?? null, mark.count, { timeout })
    .then((handle) => handle.jsonValue())
    .catch(() => null);
}
