// Typing as a resident does: each character tapped on the kiosk's on-screen keyboard.
import type { Page } from 'playwright-core';

/** `keyboardName`: the keyboard's name in the page's language (its `keyboard.group` message). */
export async function typeDigits(page: Page, digits: string, keyboardName = '键盘'): Promise<void> {
  const keyboard = page.getByRole('group', { name: keyboardName });
  for (const ch of digits) await keyboard.getByRole('button', { name: ch, exact: true }).click();
}
