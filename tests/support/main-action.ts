// One main action per screen (长辈版), as the eye meets it: the buttons on screen, which one is
// marked the main action (data-main-action), which are drawn filled (a dark background, as the
// main action is) and which sit in the frame around the screen's content (its header and the
// voice bar). Measured in the browser from computed colours and rendered boxes.

export interface ShownButton {
  name: string;
  /** 'frame': the screen's header or the voice bar; 'choice': an item of a list to choose from
   *  (services, queues, levels, categories, a keyboard's keys); 'content': any other button. */
  zone: 'frame' | 'choice' | 'content';
  main: boolean;
  /** A dark fill behind light text: how a main action looks. A chosen (aria-pressed) item of a
   *  list is filled to show the choice, not to call for a touch, and is not counted; a pressed
   *  toggle in the frame (长辈版 on the attract screen) is counted: the eye meets it first. */
  filled: boolean;
  width: number;
  height: number;
  /** Its words are wider than the button itself: they spill over its edges. (Not height: a tall
   *  script's line box may pass the edge with nothing drawn there.) */
  spills: boolean;
}

/** What counts as a list to choose from: its items are the screen's choices, not actions. */
export const choiceItems = [
  '.service-button',
  '.rating-button',
  '.matters-item',
  '.language-button',
  '.kb button',
  '[role="radiogroup"] button',
  // Toggles to choose several of (不满意's reasons).
  '[role="group"] button[aria-pressed]',
  // Phrases to pick for a 诉求's description: each adds its words, as a list item would.
  '.form-choices button',
  '[role="list"] button',
  'li button',
].join(', ');

/** Runs in the page (self-contained: tests/support/stop-checks.ts sends it as source). */
export function shownButtonsInPage({ staffOnly, choiceItems }: { staffOnly: string; choiceItems: string }): ShownButton[] {
  // An open dialog is what the resident faces: the screen under it does not count.
  const scope = document.querySelector('[role="alertdialog"]') ?? document.body;
  const luminance = (css: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
    return { y: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255, alpha: css.startsWith('rgba') ? a : 1 };
  };
  const out: ShownButton[] = [];
  for (const el of scope.querySelectorAll('button, [role="button"]')) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (el.closest(staffOnly) || r.width === 0 || r.height === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const bg = luminance(style.backgroundColor);
    const zone = el.closest('.voice-bar, .screen-header, .attract-header') ? 'frame' : el.closest(choiceItems) ? 'choice' : 'content';
    out.push({
      name: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30) || (el.getAttribute('aria-label') ?? ''),
      zone,
      main: el.hasAttribute('data-main-action'),
      filled: bg.alpha > 0.5 && bg.y < 0.35 && (zone === 'frame' || el.getAttribute('aria-pressed') !== 'true'),
      width: Math.round(r.width),
      height: Math.round(r.height),
      spills: el.scrollWidth > el.clientWidth + 1,
    });
  }
  return out;
}
