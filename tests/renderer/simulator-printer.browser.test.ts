// The demo panel's printer controls: a person trying the kiosk without hardware can run the
// simulated printer out of paper and refill it, and sees what staff and residents would see.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { openKiosk } from './ui-harness.ts';
import { useUiBrowser } from './ui-browser.ts';

describe('simulator panel: printer paper', { timeout: 90_000 }, () => {
  let browser: Browser;
  useUiBrowser((b) => (browser = b));

  test('the three paper buttons call simSetPrinter and the staff notice follows the printer', async () => {
    const kiosk = await openKiosk(browser);
    const { page, fake } = kiosk;
    try {
      await page.getByText('请将身份证放在读卡区').waitFor();
      const panel = page.getByRole('region', { name: '模拟设备（演示）' });
      const press = async (label: string) => {
        await panel.getByRole('button', { name: '模拟设备（演示）' }).click();
        await panel.getByRole('button', { name: label, exact: true }).click();
      };
      const banner = page.locator('.staff-banner');

      await press('打印机：缺纸');
      assert.deepEqual((await fake.waitForCall('simSetPrinter', 1)).params, { paper: 'end' });
      await banner.filter({ hasText: '打印机缺纸，请更换打印纸' }).waitFor();

      await press('打印机：纸将尽');
      assert.deepEqual((await fake.waitForCall('simSetPrinter', 2)).params, { paper: 'near-end' });
      await banner.filter({ hasText: '打印纸即将用完' }).waitFor();

      await press('打印机：正常');
      assert.deepEqual((await fake.waitForCall('simSetPrinter', 3)).params, { paper: 'ok' });
      await banner.waitFor({ state: 'detached' });
    } finally {
      await kiosk.close();
    }
  });

  test('a ticket waiting for paper turns to printed when the core reports it', async () => {
    const kiosk = await openKiosk(browser);
    const { page, fake } = kiosk;
    try {
      fake.nextPrint = { state: 'waiting', message: '打印机缺纸，凭条暂未打印。请联系工作人员加纸，加纸后会自动补打。' };
      fake.identify({ maskedName: '张*民', identifiedBy: 'id-card' });
      await page.getByRole('button', { name: '取号排队' }).click();
      await page.getByRole('alert').filter({ hasText: '请联系工作人员加纸' }).waitFor();
      fake.emit('print', { transactionId: 'fake-tx-1', report: { state: 'printed' } });
      await page.getByText('凭条已打印，请取走').waitFor();
      assert.equal(await page.getByRole('alert').filter({ hasText: '缺纸' }).count(), 0);
    } finally {
      await kiosk.close();
    }
  });

  test('without a simulated printer the panel offers no printer buttons', async () => {
    const kiosk = await openKiosk(browser, { simulator: { cards: [{ id: 'han', label: '张伟民（汉族）' }], printer: false } });
    const { page } = kiosk;
    try {
      const panel = page.getByRole('region', { name: '模拟设备（演示）' });
      await panel.getByRole('button', { name: '模拟设备（演示）' }).click();
      await panel.getByRole('button', { name: '放置：张伟民（汉族）' }).waitFor();
      assert.equal(await panel.getByRole('button', { name: /^打印机：/ }).count(), 0);
    } finally {
      await kiosk.close();
    }
  });
});
