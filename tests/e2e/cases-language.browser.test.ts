// Issue 10's case screens in a language other than Chinese, in Chromium against the fake core
// behind the real browser shell: what the core says (a refusal, a result message) and what the
// form's checks say show in the resident's language, as do the five rating levels, the reasons for
// a bad rating and the line naming the level chosen. Only the catalog's own data (a service's or a
// field's name) stays Chinese.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { KioskError, type KioskStatus, type ServiceView } from '../../terminal/api.ts';
import { said } from '../../terminal/says/say.ts';
import { makeCaseNumber } from '../../shared/contract/cases.ts';
import { fakeStatus } from '../support/fake-kiosk-api.ts';
import { withKiosk } from '../renderer/ui-harness.ts';
import { useUiBrowser } from '../renderer/ui-browser.ts';
import { en } from '../../renderer/i18n/en.ts';
import { ug } from '../../renderer/i18n/ug.ts';

const HAN = /\p{Script=Han}/u;
const resident = { maskedName: '张*民', identifiedBy: 'id-card' as const };
const service = (id: string, kind: ServiceView['kind'], name: string): ServiceView => ({
  id,
  kind,
  name,
  description: '',
  needs: [],
  requiresIdentity: false,
  elder: true,
  outOfService: null,
  built: true,
});

function statusIn(locale: KioskStatus['ui']['locale']): Partial<KioskStatus> {
  const base = fakeStatus();
  return {
    ui: { ...base.ui, locale },
    services: [...base.services, service('progress', 'progress-query', '办件进度查询'), service('apply', 'application', '事项办理')],
  };
}


describe('case screens in English and Uyghur', { timeout: 120_000 }, () => {
  let browser: Browser;
  useUiBrowser((b) => (browser = b));

  test('English: the five levels, 不满意 with its reasons and the level named in the line, a refusal of the core', () =>
    withKiosk(browser, statusIn('en'), async ({ page, fake }) => {
      fake.rateTransaction = async () => {
        throw new KioskError('bad-request', said('cases.alreadyRated'));
      };
      fake.identify(resident);
      await page.getByRole('button', { name: /取号排队/ }).click();
      await page.getByText('A001', { exact: true }).waitFor();
      await page.getByRole('button', { name: en.rateThisService }).click();

      const levels = page.locator('.rating-button');
      await levels.first().waitFor();
      assert.deepEqual((await levels.allTextContents()).map((s) => s.trim()), ['Very satisfied', 'Satisfied', 'Fairly satisfied', 'Dissatisfied', 'Very dissatisfied']);
      await page.getByRole('button', { name: 'Dissatisfied', exact: true }).click();

      await page.getByText('Please rate this service · Dissatisfied', { exact: true }).waitFor();
      const reasons = (await page.getByRole('group', { name: en.ratingReasonTitle }).getByRole('button').allTextContents()).map((s) => s.trim());
      assert.equal(reasons.length, 8);
      for (const r of reasons) assert.doesNotMatch(r, HAN, r);
      await page.getByRole('button', { name: 'Long wait', exact: true }).click();
      await page.getByRole('button', { name: en.ratingSubmit }).click();
      await page.getByRole('alert').filter({ hasText: 'You have already rated this service. Each one can be rated only once.' }).waitFor();
    }));

  test('Uyghur: a case number the hub cannot be asked about is answered in Uyghur', () =>
    withKiosk(browser, statusIn('ug'), async ({ page, fake }) => {
      fake.identify(null);
      await page.getByRole('button', { name: /办件进度查询/ }).click();
      await page.getByRole('button', { name: ug.progressByNumber }).click();
      const field = page.locator('.digit-field');
      for (const d of makeCaseNumber(12, 3)) await field.getByRole('button', { name: d, exact: true }).click();
      await page.getByRole('button', { name: ug.progressSearch, exact: true }).click();
      const alert = field.getByRole('alert');
      await alert.filter({ hasText: ug.says.cases.caseUnreachable }).waitFor();
      assert.doesNotMatch(await alert.innerText(), HAN);
    }));

  test('English: the form names each problem at its field in English, under the field’s own (Chinese) label', () =>
    withKiosk(browser, statusIn('en'), async ({ page, fake }) => {
      const item = { id: 'test-item', name: '测试事项', department: '民政办', description: '', materials: [], guideId: null };
      fake.listApplicationItems = async () => ({ items: [item] });
      fake.getApplicationForm = async () => ({
        item,
        today: '2026-12-01',
        fields: [
          { id: 'phone', type: 'phone', label: '联系电话', required: true, prefilled: null },
          { id: 'people', type: 'number', label: '家庭人口', required: true, integer: true, min: 1, max: 20, unit: '人', prefilled: null },
        ],
      });
      fake.identify(resident);
      await page.getByRole('button', { name: /事项办理/ }).click();
      await page.getByRole('button', { name: /测试事项/ }).click();
      await page.getByRole('button', { name: en.applyStartForm }).click();
      await page.getByRole('button', { name: en.applyReview }).click();
      await page.getByRole('region', { name: '联系电话' }).getByRole('alert').filter({ hasText: 'This must be filled in' }).waitFor();
      await page.getByRole('region', { name: '家庭人口' }).getByRole('alert').filter({ hasText: 'This must be filled in' }).waitFor();
      await page.getByRole('textbox', { name: '联系电话' }).click();
      for (const d of '12345') await page.getByRole('group', { name: en.keyboard.group }).getByRole('button', { name: d, exact: true }).click();
      await page.getByRole('region', { name: '联系电话' }).getByRole('alert').filter({ hasText: 'Should be an 11-digit mobile number or a landline with its area code' }).waitFor();
    }));
});
