// Keyboard lockdown. A kiosk may have a keyboard plugged in (by a technician, or a curious
// resident): no key may close the window, reload it, open DevTools, print, zoom, or leave the page.
// Ordinary typing and text editing (Ctrl+A/C/V/X/Z) keep working for the form fields.
// Note: combinations the operating system takes first (Ctrl+Alt+Del, often Alt+Tab) never reach
// the app; those must be locked down in the OS session (see the deployment notes).

/** The part of Electron's `Input` (before-input-event) the rule looks at. */
export interface KeyInput {
  key: string;
  /** Physical key ("KeyW"), layout-independent; optional because not every source has it. */
  code?: string;
  alt: boolean;
  control: boolean;
  meta: boolean;
  shift: boolean;
  type: string;
}

/** Ctrl+<letter>: close, quit, reload, new window/tab, print, open, save, view source, find, address bar. */
const blockedWithControl = new Set(['w', 'q', 'r', 'n', 't', 'p', 'o', 's', 'u', 'f', 'g', 'h', 'j', 'l', 'd', 'e', 'k', 'm']);
/** Ctrl+Shift+<letter>: DevTools (I, J, C), reopen tab (T), incognito (N), delete data (Delete), quit (Q), reload (R). */
const blockedWithControlShift = new Set(['i', 'j', 'c', 't', 'n', 'q', 'r', 'w', 'b', 'o', 'delete', 'm']);
/** Ctrl + zoom keys, tab switching and Ctrl+F4 (close tab). */
const blockedControlKeys = new Set(['+', '=', '-', '_', '0', 'tab', 'pageup', 'pagedown', 'f4']);
/**
 * Alt+<key>: close (F4), switch (Tab, Escape), window menu (Space), history navigation, home page.
 * Matched on `key`, not the physical letter, so Option/AltGr typing of accented letters still works.
 */
const blockedWithAlt = new Set(['f4', 'tab', 'escape', ' ', 'arrowleft', 'arrowright', 'home', 'enter']);
/** Keys that act on the browser or the machine by themselves. */
const blockedAlone = new Set([
  'browserback', 'browserforward', 'browserrefresh', 'browserhome', 'browsersearch', 'browserstop', 'browserfavorites',
  'launchapplication1', 'launchapplication2', 'launchmail', 'meta', 'os', 'super', 'hyper', 'contextmenu',
  'power', 'sleep', 'wakeup', 'printscreen', 'help',
]);

function letterOf(input: KeyInput): string {
  // With Shift the key arrives upper-case ("I"); on other layouts `code` still says "KeyI".
  if (input.code && /^Key[A-Z]$/.test(input.code)) return input.code.slice(3).toLowerCase();
  return input.key.toLowerCase();
}

/** True for F1…F24: the app uses no function key, and F5/F11/F12 reload, go windowed, open DevTools. */
function isFunctionKey(key: string): boolean {
  return /^f([1-9]|1[0-9]|2[0-4])$/.test(key);
}

/** True when the key press must be swallowed (Electron: event.preventDefault() in before-input-event). */
export function isBlockedShortcut(input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  const letter = letterOf(input);
  // Meta (Windows/Super/Command) combinations belong to the OS shell: none is for the resident.
  if (input.meta) return true;
  if (isFunctionKey(key) || blockedAlone.has(key)) return true;
  if (input.alt && !input.control && blockedWithAlt.has(key)) return true;
  if (input.control && input.shift && (blockedWithControlShift.has(letter) || blockedWithControlShift.has(key))) return true;
  if (input.control && !input.alt && (blockedWithControl.has(letter) || blockedControlKeys.has(key))) return true;
  return false;
}
