// The resident journey as a person trying the demo performs it: the on-screen simulator panel
// places the card. Shared by the Chromium (browser shell) and Electron end-to-end suites, so both
// shells are held to the same scenario.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export async function placeCardFromSimulatorPanel(page: Page, label: RegExp): Promise<void> {
  const panel = page.getByRole('region', { name: '模拟设备（演示）' });
  await panel.getByRole('button', { name: '模拟设备（演示）' }).click(); // the panel opens folded
  await panel.getByRole('button', { name: label }).click();
}

/** attract → card → masked greeting → 取号排队 → A001 → 满意 → thanks → 完成 → attract. */
export async function runDemoJourney(page: Page): Promise<void> {
  await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
  await placeCardFromSimulatorPanel(page, /^放置：张伟民/);
  await page.getByText('您好，张*民').waitFor({ timeout: 15_000 });
  assert.ok(!(await page.content()).includes('张伟民'), 'the full name never reaches the screen');

  await page.getByRole('button', { name: /取号排队/ }).click();
  await page.getByText(/^A\d{3}$/).first().waitFor({ timeout: 15_000 });
  assert.equal(await page.getByText('A001', { exact: true }).count(), 1, 'the first ticket of a fresh data directory is A001');
  await page.getByText('凭条已打印，请取走').waitFor({ timeout: 15_000 });

  await page.getByRole('button', { name: '评价本次服务' }).click();
  await page.getByRole('button', { name: '满意', exact: true }).click();
  await page.getByText('感谢您的评价').waitFor();

  await page.getByRole('button', { name: '完成' }).click();
  await page.getByText('请将身份证放在读卡区').waitFor({ timeout: 15_000 });
  assert.equal(await page.getByText('您好，张*民').count(), 0, 'nothing of the resident remains on screen');
}
