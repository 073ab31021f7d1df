// Writes chromium-policy/kiosk.json from the policy data in chromium-flags.ts (the one place it is
// edited): `node --import tsx browser-shell/write-chromium-policy.ts`. A unit test fails while the
// shipped file and the data differ.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedPolicyFile } from './chromium-flags.ts';

export const shippedPolicyPath = fileURLToPath(new URL('./chromium-policy/kiosk.json', import.meta.url));

export function policyFileText(): string {
  return `${JSON.stringify(managedPolicyFile(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(shippedPolicyPath, policyFileText());
  console.log(`wrote ${shippedPolicyPath}`);
}
