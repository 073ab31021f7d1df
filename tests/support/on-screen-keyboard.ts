// Typing as a resident does: each character tapped on the kiosk's on-screen keyboard.
import type { Page } from 'playwright-core';

export async function typeDigits(page: Page, digits: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: '键盘' });
  for (const ch of digits) await keyboard.getByRole('button', { name: ch, exact: true }).click();
}
