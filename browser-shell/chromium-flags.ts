// Everything the browser shell tells Chromium, as data, each with the reason it is there: the
// command line, the preferences seeded into each fresh profile, and the managed policy shipped in
// chromium-policy/kiosk.json (README: "Browser shell"). Checked by tests/browser-shell/chromium-flags.test.ts
// and, on a real X display, by tests/e2e/browser-shell-kiosk.browser.test.ts.

export interface Reasoned<T> {
  value: T;
  why: string;
}

export interface ScreenSize {
  width: number;
  height: number;
}

export interface LaunchContext {
  url: string;
  userDataDir: string;
  /** Chromium refuses to start as root unless its sandbox is off. */
  runningAsRoot: boolean;
  /** The X display's size in pixels; null when unknown (Wayland, or the display did not answer). */
  screen: ScreenSize | null;
}

export const kioskFlags: Reasoned<string>[] = [
  { value: '--kiosk', why: 'full screen without address bar, tabs or menus; asks a window manager, if any, for full screen' },
  { value: '--no-first-run', why: 'no welcome page or first-run dialog in the fresh profile every launch gets' },
  { value: '--no-default-browser-check', why: 'no "make Chromium your default browser" bar' },
  { value: '--noerrdialogs', why: 'no error dialog for a resident to dismiss' },
  { value: '--hide-crash-restore-bubble', why: 'no "Restore pages?" bubble after Chromium was killed and relaunched' },
  { value: '--password-store=basic', why: 'never asks to unlock a GNOME keyring or KWallet' },
  { value: '--disable-features=Translate', why: 'the translate offer off in Chromium before 138 (later ones ignore it: the profile and the page do it)' },
  { value: '--autoplay-policy=no-user-gesture-required', why: 'voice guidance speaks before the first touch' },
  { value: '--disable-pinch', why: 'two fingers must not zoom the UI' },
  { value: '--overscroll-history-navigation=0', why: 'a sideways swipe must not go "back"' },
  { value: '--deny-permission-prompts', why: 'a permission request is refused, never a prompt over the UI' },
  { value: '--disable-sync', why: 'no sign-in or sync offers' },
  { value: '--disable-background-networking', why: 'no calls to Google services; the kiosk talks to 127.0.0.1 only' },
  { value: '--disable-component-update', why: 'nothing downloaded or changed under a running kiosk' },
  { value: '--remote-debugging-pipe', why: "a screenshot on an admin's remote command (cdp-pipe.ts): DevTools over fds 3 and 4 held by the core only, no TCP port" },
  { value: '--disable-gpu', why: 'software rendering, the same on every terminal PC and under Xvfb in the tests' },
];

export const rootOnlyFlags: Reasoned<string>[] = [
  { value: '--no-sandbox', why: 'Chromium will not start as root with its sandbox; a kiosk user account keeps the sandbox' },
];

/**
 * Without a window manager `--kiosk` opens a window of about 1050×786 at (10,10): nobody answers
 * its full-screen request. So the window is placed and sized to the display. One extra row:
 * Chromium shrinks a window of exactly a display's size by 1 px each way (so some window managers
 * do not take it for full screen), which would leave a black line at the right and the bottom.
 */
export function windowFlags(screen: ScreenSize | null): Reasoned<string>[] {
  if (!screen) return [];
  return [
    { value: '--window-position=0,0', why: 'top-left corner of the display, window manager or not' },
    { value: `--window-size=${screen.width},${screen.height + 1}`, why: 'the display size (+1 row, which Chromium would otherwise take away)' },
  ];
}

export function chromiumKioskArgs(ctx: LaunchContext): string[] {
  return [
    ...kioskFlags.map((f) => f.value),
    ...(ctx.runningAsRoot ? rootOnlyFlags.map((f) => f.value) : []),
    ...windowFlags(ctx.screen).map((f) => f.value),
    `--user-data-dir=${ctx.userDataDir}`,
    `--app=${ctx.url}`,
  ];
}

/** Preferences written into each fresh profile: they work where the policy file is not installed. */
export const profilePreferences: Reasoned<[path: string, value: unknown]>[] = [
  { value: ['translate.enabled', false], why: 'no translate bubble over the Chinese UI; Chromium 138+ shows it despite --disable-features=Translate' },
  { value: ['credentials_enable_service', false], why: 'never offers to save a password' },
  { value: ['autofill.profile_enabled', false], why: "never keeps or suggests one resident's name, phone or address to the next" },
  { value: ['autofill.credit_card_enabled', false], why: 'never keeps or suggests card numbers' },
  { value: ['browser.enable_spellchecking', false], why: 'no red underline under names typed on the on-screen keyboard' },
];

/** `profilePreferences` as the nested object Chromium keeps in Default/Preferences. */
export function preferencesFile(): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { value: [path, value] } of profilePreferences) {
    const keys = path.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
  }
  return root;
}

/**
 * The managed policy (chromium-policy/kiosk.json, installed in /etc/chromium/policies/managed/):
 * what neither a flag nor a profile preference can enforce.
 */
export const managedPolicy: Reasoned<[name: string, value: unknown]>[] = [
  { value: ['URLBlocklist', ['*']], why: 'no page but the kiosk can be opened, whatever link or key reaches Chromium' },
  { value: ['URLAllowlist', ['http://127.0.0.1']], why: "the kiosk's loopback origin (any port: --port 0 picks one)" },
  { value: ['DeveloperToolsAvailability', 2], why: 'F12 and Ctrl+Shift+I on a plugged-in keyboard open nothing' },
  { value: ['PrintingEnabled', false], why: 'Ctrl+P opens no print dialog; receipts go through the kiosk printer' },
  { value: ['DownloadRestrictions', 3], why: 'no download, so no downloads bar or bubble' },
  { value: ['AllowFileSelectionDialogs', false], why: 'no file chooser to browse the disk with' },
  { value: ['TranslateEnabled', false], why: 'no translate bubble over the Chinese UI' },
  { value: ['PasswordManagerEnabled', false], why: 'never offers to save a password' },
  { value: ['AutofillAddressEnabled', false], why: "never keeps one resident's address or phone for the next" },
  { value: ['AutofillCreditCardEnabled', false], why: 'never keeps card numbers' },
  { value: ['SpellcheckEnabled', false], why: 'no red underline under typed names' },
  { value: ['AutoplayAllowed', true], why: 'voice guidance speaks before the first touch' },
  { value: ['DefaultBrowserSettingEnabled', false], why: 'no default-browser prompt' },
  { value: ['BrowserSignin', 0], why: 'no sign-in offers' },
  { value: ['SyncDisabled', true], why: 'nothing synced to an account' },
  { value: ['BrowserGuestModeEnabled', false], why: 'no guest window from the profile menu shortcut' },
  { value: ['BrowserAddPersonEnabled', false], why: 'no new-profile window' },
  { value: ['IncognitoModeAvailability', 1], why: 'Ctrl+Shift+N opens no private window' },
  { value: ['DefaultNotificationsSetting', 2], why: 'no notification prompts' },
  { value: ['DefaultGeolocationSetting', 2], why: 'no location prompts' },
  { value: ['AudioCaptureAllowed', false], why: 'no microphone prompt' },
  { value: ['VideoCaptureAllowed', false], why: 'no camera prompt for any page but the kiosk' },
  { value: ['VideoCaptureAllowedUrls', ['http://127.0.0.1']], why: "the document camera (高拍仪, issue 24): the kiosk's own loopback origin opens it without a prompt; no other page can" },
  { value: ['CommandLineFlagSecurityWarningsEnabled', false], why: 'no warning bar about --no-sandbox when the kiosk runs as root' },
  { value: ['AllowDinosaurEasterEgg', false], why: 'no game on the "no connection" page if the shell is down' },
  { value: ['TaskManagerEndProcessEnabled', false], why: 'Shift+Esc cannot end the kiosk page' },
  { value: ['MetricsReportingEnabled', false], why: 'nothing reported to Google' },
];

export function managedPolicyFile(): Record<string, unknown> {
  return Object.fromEntries(managedPolicy.map((p) => p.value));
}
