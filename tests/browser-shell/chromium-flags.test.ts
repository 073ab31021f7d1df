// What the browser shell tells Chromium (browser-shell/chromium-flags.ts) and what the page tells
// it (renderer/index.html). The end-to-end file tests/e2e/browser-shell-kiosk.browser.test.ts shows
// the effect on a real X display; these pin the data and its reasons.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  chromiumKioskArgs,
  kioskFlags,
  managedPolicy,
  managedPolicyFile,
  preferencesFile,
  profilePreferences,
  rootOnlyFlags,
  windowFlags,
  type LaunchContext,
} from '../../browser-shell/chromium-flags.ts';
import { policyFileText, shippedPolicyPath } from '../../browser-shell/write-chromium-policy.ts';
import { policyInstallNote } from '../../browser-shell/chromium-policy-check.ts';

const portrait = { width: 1080, height: 1920 };
const ctx: LaunchContext = { url: 'http://127.0.0.1:4000/?token=T', userDataDir: '/tmp/p', runningAsRoot: false, screen: portrait };
const flagName = (arg: string) => arg.split('=')[0];

describe('Chromium command line', () => {
  test('every flag, preference and policy has a one-line reason', () => {
    for (const entry of [...kioskFlags, ...rootOnlyFlags, ...windowFlags(portrait), ...profilePreferences, ...managedPolicy]) {
      assert.ok(entry.why.length > 10 && !entry.why.includes('\n'), `no one-line reason for ${JSON.stringify(entry.value)}`);
    }
  });

  test('no flag twice: Chromium keeps only the last --disable-features, so a second one would undo the first', () => {
    const names = chromiumKioskArgs({ ...ctx, runningAsRoot: true }).map(flagName);
    assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), []);
  });

  test('opens the kiosk URL as an app in kiosk mode, in the given throw-away profile', () => {
    const args = chromiumKioskArgs(ctx);
    assert.ok(args.includes('--kiosk'));
    assert.equal(args[args.length - 1], '--app=http://127.0.0.1:4000/?token=T');
    assert.ok(args.includes('--user-data-dir=/tmp/p'));
  });

  test('the sandbox is off only when running as root', () => {
    assert.ok(chromiumKioskArgs({ ...ctx, runningAsRoot: true }).includes('--no-sandbox'));
    assert.ok(!chromiumKioskArgs({ ...ctx, runningAsRoot: false }).includes('--no-sandbox'));
  });

  test('the window covers the display: placed at 0,0, as wide as the screen, one row taller (Chromium takes 1 px off an exact fit)', () => {
    const args = chromiumKioskArgs(ctx);
    assert.ok(args.includes('--window-position=0,0'));
    assert.ok(args.includes('--window-size=1080,1921'));
  });

  test('display size unknown (Wayland, X unreachable): no window placement, --kiosk alone', () => {
    const args = chromiumKioskArgs({ ...ctx, screen: null });
    assert.ok(!args.some((a) => a.startsWith('--window-')));
    assert.ok(args.includes('--kiosk'));
  });

  test('voice guidance may play before the first touch', () => {
    assert.ok(chromiumKioskArgs(ctx).includes('--autoplay-policy=no-user-gesture-required'));
    assert.equal(managedPolicyFile().AutoplayAllowed, true);
  });

  test('keeps away the stock browser prompts: crash restore, first run, default browser, keyring, pinch zoom, swipe back', () => {
    const args = chromiumKioskArgs(ctx);
    for (const flag of [
      '--hide-crash-restore-bubble',
      '--no-first-run',
      '--no-default-browser-check',
      '--password-store=basic',
      '--disable-pinch',
      '--overscroll-history-navigation=0',
      '--disable-features=Translate',
    ]) {
      assert.ok(args.includes(flag), flag);
    }
  });

  test('no flag current Chromium has removed (they would look like protection and do nothing)', () => {
    const gone = ['--disable-translate', '--disable-session-crashed-bubble', '--disable-infobars'];
    assert.deepEqual(chromiumKioskArgs({ ...ctx, runningAsRoot: true }).filter((a) => gone.includes(flagName(a))), []);
  });
});

describe('profile preferences', () => {
  test('translate is off in each fresh profile (what keeps the bubble away in Chromium 138+)', () => {
    assert.deepEqual((preferencesFile().translate as Record<string, unknown>).enabled, false);
  });

  test("no password saving and no autofill: one resident's details never offered to the next", () => {
    const prefs = preferencesFile();
    assert.equal(prefs.credentials_enable_service, false);
    assert.deepEqual(prefs.autofill, { profile_enabled: false, credit_card_enabled: false });
  });
});

describe('managed policy', () => {
  test('the shipped chromium-policy/kiosk.json is the policy data (regenerate: node --import tsx browser-shell/write-chromium-policy.ts)', () => {
    assert.equal(readFileSync(shippedPolicyPath, 'utf8'), policyFileText());
  });

  test('only the loopback origin can be opened; developer tools, printing, downloads and file dialogs are off', () => {
    const policy = managedPolicyFile();
    assert.deepEqual(policy.URLBlocklist, ['*']);
    assert.deepEqual(policy.URLAllowlist, ['http://127.0.0.1']);
    assert.equal(policy.DeveloperToolsAvailability, 2);
    assert.equal(policy.PrintingEnabled, false);
    assert.equal(policy.DownloadRestrictions, 3);
    assert.equal(policy.AllowFileSelectionDialogs, false);
    assert.equal(policy.TranslateEnabled, false);
  });

  test('a kiosk without the policy installed says where it goes and how', () => {
    const missing = () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    assert.match(policyInstallNote('/usr/bin/chromium', missing) ?? '', /not installed .*install -D -m 644 browser-shell\/chromium-policy\/kiosk\.json \/etc\/chromium\/policies\/managed\/kiosk\.json/);
    assert.match(policyInstallNote('/usr/bin/google-chrome-stable', missing) ?? '', /\/etc\/opt\/chrome\/policies\/managed\/kiosk\.json/);
    assert.equal(policyInstallNote('/usr/bin/chromium', () => policyFileText()), null);
    assert.match(policyInstallNote('/usr/bin/chromium', () => '{"URLBlocklist":[]}') ?? '', /differs from this version's policy/);
    assert.match(policyInstallNote('/usr/bin/chromium', () => '{oops') ?? '', /not valid JSON, so Chromium ignores it/);
  });
});

describe('the kiosk page', () => {
  const page = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');

  test('asks not to be translated: translate="no" on <html> and the notranslate meta (the one Chromium 156 heeds)', () => {
    assert.match(page, /<html\b[^>]*\btranslate="no"/);
    assert.match(page, /<meta\s+name="google"\s+content="notranslate"\s*\/?>/);
  });
});
