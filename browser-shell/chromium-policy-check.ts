// Tells the technician, once at start, when the shipped managed policy is missing or differs from
// the one this version ships: without it a plugged-in keyboard can still reach developer tools,
// the print dialog and other pages (README: "Browser shell").
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { managedPolicyFile } from './chromium-flags.ts';

/** Where each Chromium build reads managed policies (Linux). */
export function managedPolicyDir(executable: string): string {
  const name = basename(executable);
  if (name.startsWith('google-chrome')) return '/etc/opt/chrome/policies/managed';
  if (name === 'chromium-browser') return '/etc/chromium-browser/policies/managed';
  return '/etc/chromium/policies/managed';
}

/** null when the installed kiosk.json matches this version's; else the line to log. */
export function policyInstallNote(executable: string, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): string | null {
  const installed = join(managedPolicyDir(executable), 'kiosk.json');
  const install = `install it: sudo install -D -m 644 browser-shell/chromium-policy/kiosk.json ${installed}`;
  let text: string;
  try {
    text = read(installed);
  } catch {
    return `kiosk: Chromium's kiosk policy is not installed (${install}); until then a keyboard can reach developer tools, printing and other pages`;
  }
  try {
    if (isDeepStrictEqual(JSON.parse(text), managedPolicyFile())) return null;
  } catch {
    return `kiosk: ${installed} is not valid JSON, so Chromium ignores it; ${install}`;
  }
  return `kiosk: ${installed} differs from this version's policy; ${install}`;
}
