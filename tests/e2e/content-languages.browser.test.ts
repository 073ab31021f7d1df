// Issue 22: a resident who reads only Tibetan, Uyghur or English gets past the service list. With
// the content a kiosk ships (the default catalog and configuration, and the sample guides, notices
// and matters the demo publishes), the service list and each service's first screen show no
// "(Chinese)" note and no Chinese text, apart from the resident's own masked name and the name of
// the Chinese language on the language picker.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startBrowserShell } from '../../browser-shell/server.ts';
import { createCoreHarness } from '../support/core-harness.ts';
import { FakeDocumentPrinter } from '../support/fake-devices.ts';
import { hanResident } from '../support/fixtures.ts';
import { useUiBrowser } from '../renderer/ui-browser.ts';
import { DEFAULT_SITE_NAME } from '../../config/default-site-name.ts';
import { standaloneSync } from '../../terminal/terminal.ts';
import { demoDocuments } from '../../central/samples/publish-samples.ts';
import { documentBodySchemas } from '../../config/document-bodies.ts';
import type { GuidesBody, NoticesBody } from '../../shared/contract/info-documents.ts';
import type { MattersBody } from '../../shared/contract/public-matters.ts';

/** Chinese that may stay: the resident's masked name (personal data) and 中文 naming the language. */
const ALLOWED = ['张*民', '中文'];
const HAN = /\p{Script=Han}+/gu;
/** Staff-facing pieces are in Chinese by design (not for residents). */
const STAFF = '.staff-banner, .simulator-panel, .technician-corner';

/** The Chinese a resident would see: Han text left over once the allowed words are taken out. */
async function visibleChinese(page: Page): Promise<string[]> {
  const text = await page.evaluate((staff) => {
    // innerText of the live page (what is rendered, not hidden), less the staff-only parts.
    const staffText = [...document.querySelectorAll<HTMLElement>(staff)].map((el) => el.innerText);
    let visible = document.body.innerText;
    for (const s of staffText) visible = visible.replace(s, '');
    return visible;
  }, STAFF);
  const rest = ALLOWED.reduce((s, word) => s.split(word).join(' '), text);
  return rest.match(HAN) ?? [];
}

async function notes(page: Page): Promise<number> {
  return page.locator('.zh-fallback-note').count();
}

describe('the shipped content in bo, ug and en', { timeout: 240_000 }, () => {
  let browser: Browser;
  useUiBrowser((b) => (browser = b));

  for (const locale of ['bo', 'ug', 'en'] as const) {
    test(`${locale}: the service list and every service's first screen, without Chinese or a "(Chinese)" note`, async () => {
      const online = { ...standaloneSync, state: 'online' as const, lastSuccessAt: new Date().toISOString() };
      const core = createCoreHarness({ site: { name: DEFAULT_SITE_NAME, code: 'DEMO-001' }, ui: { locale }, session: { idleTimeoutSeconds: 600, warningSeconds: 20 } }, { documentPrinter: new FakeDocumentPrinter(), syncStatus: () => online });
      const documents = Object.fromEntries(demoDocuments(core.clock.now()).map(([kind, body]) => [kind, documentBodySchemas[kind].parse(body)]));
      core.terminal.applyGuides(documents.guides as GuidesBody, 1);
      core.terminal.applyNotices(documents.notices as NoticesBody);
      core.terminal.applyMatters(documents.matters as MattersBody);
      const shell = await startBrowserShell({ api: core.terminal, port: 0 });
      const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'zh-CN' });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const problems: string[] = [];
      const check = async (where: string) => {
        const found = await visibleChinese(page);
        const noteCount = await notes(page);
        if (found.length || noteCount) problems.push(`${where}: ${noteCount} "(Chinese)" notes; Chinese: ${found.join(' / ')}`);
      };
      /** A fresh visit up to the service list: the attract screen, then a card on the reader. */
      const toServices = async () => {
        await core.terminal.endSession({});
        await page.goto(shell.url);
        await page.locator('.site-name').waitFor();
        // The page starts in Mandarin and switches when the core's status names the site's
        // language: read the attract screen only once the page's language is the resident's.
        await page.locator(`html[lang="${locale}"]`).waitFor({ state: 'attached' });
        await check('attract screen');
        core.cardReader.place(hanResident);
        await page.locator('.service-button').first().waitFor();
        return page.locator('.service-button');
      };
      try {
        const count = await (await toServices()).count();
        assert.equal(count, 8, 'the default catalog offers 8 services');
        await check('service list');
        for (let i = 0; i < count; i++) {
          const button = (await toServices()).nth(i);
          const name = (await button.innerText()).split('\n')[0];
          const listed = await button.elementHandle();
          await button.click();
          // The service's screen has replaced the list, and has had a moment to load what it shows.
          await page.waitForFunction((el) => !el?.isConnected, listed);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(300);
          await check(`first screen of ${name}`);
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
        await shell.close();
        core.close();
      }
    });
  }
});
