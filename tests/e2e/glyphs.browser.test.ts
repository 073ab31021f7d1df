// Every message of every catalog renders with the fonts the app ships (issue 11), checked in
// Chromium itself. Method: each message (formatted with sample arguments for one and for many,
// so every plural branch of bo/ug/en/zh shows) goes into its own element whose font-family lists
// the shipped families and, last, a probe font covering the whole Basic Multilingual Plane (GNU
// Unifont via @fontsource/unifontex, a test-only dependency). Once the fonts have loaded, the
// DevTools protocol's CSS.getPlatformFontsForNode says which fonts actually drew the text: a
// character the shipped fonts lack is drawn by the probe (or a system font), and the test names
// the message and the font. The probe matters: without it, on a machine with no system font for
// that script, Chromium draws a tofu box from the first shipped font and reports nothing amiss.
// This asks the browser's own font matching (unicode-range, shaping, fallback) instead of
// re-implementing it. Two sentinels prove the check catches a missing script.
import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/locales.ts';
import { sourceEntries } from '../../renderer/i18n/catalog-check.ts';
import { setLocale, t } from '../../renderer/i18n/index.ts';
import { zhCN, zhStaff } from '../../renderer/i18n/zh-CN.ts';
import { openKiosk } from '../renderer/ui-harness.ts';
import { useUiBrowser } from '../renderer/ui-browser.ts';

const SHIPPED_FAMILIES = ['Noto Sans SC', 'Noto Sans Arabic', 'Noto Serif Tibetan'];
const PROBE = `'Kiosk Glyph Probe'`;
const SHIPPED = `${SHIPPED_FAMILIES.map((f) => `'${f}'`).join(', ')}, ${PROBE}`;
const PROBE_PATH = '/__glyph-probe__/unifontex.woff2';

/** Must be caught: a script no shipped font has, and Tibetan with its font left out of the list. */
const SENTINELS = [
  { id: 'sentinel:mongolian', lang: 'mn', text: 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ', family: SHIPPED },
  { id: 'sentinel:tibetan-without-its-font', lang: 'bo', text: 'བསྒྲུབས་', family: `'Noto Sans SC', 'Noto Sans Arabic', ${PROBE}` },
];

/** Every message of every language as the screen would show it, plural branches included. */
function allMessages(): { id: string; lang: Locale; text: string }[] {
  const out: { id: string; lang: Locale; text: string }[] = [];
  const entries = [...sourceEntries(zhCN), ...sourceEntries(zhStaff).map((e) => ({ ...e, staff: true }))];
  for (const locale of LOCALES) {
    setLocale(locale);
    for (const entry of entries) {
      if ('staff' in entry && locale !== 'zh-CN') continue; // staff words are Chinese only
      const bound = entry.path.reduce((node: unknown, key) => (node as Record<string, unknown>)[key], t);
      const texts = typeof bound === 'function' ? [1, 3].map((n) => (bound as (...a: unknown[]) => string)(...entry.args.map((_, i) => (i % 2 ? n : 'A1')), n, n)) : [String(bound)];
      for (const text of texts) out.push({ id: `${locale}:${entry.id}`, lang: locale, text });
    }
    out.push({ id: `${locale}:nativeName`, lang: locale, text: LOCALE_INFO[locale].nativeName });
  }
  setLocale('zh-CN');
  return out;
}

describe('shipped fonts cover every message', { timeout: 180_000 }, () => {
  let browser: Browser;
  useUiBrowser((b) => (browser = b));

  test('no message of zh-CN, bo, ug or en needs a font the app does not ship; the sentinels do', async () => {
    const messages = allMessages();
    assert.ok(messages.length > 400, `only ${messages.length} messages`);
    const kiosk = await openKiosk(browser);
    try {
      const { page } = kiosk;
      await page.getByText('请将身份证放在读卡区').waitFor();
      // The probe is served from the page's own origin (the shell's CSP allows fonts from 'self' only).
      const probe = readFileSync('node_modules/@fontsource/unifontex/files/unifontex-latin-400-normal.woff2');
      await page.route(`**${PROBE_PATH}`, (route) => route.fulfill({ body: probe, contentType: 'font/woff2' }));
      await page.evaluate(
        async ({ items, probePath }) => {
          document.fonts.add(await new FontFace('Kiosk Glyph Probe', `url(${probePath})`).load());
          const box = document.createElement('div');
          box.id = 'glyph-check';
          for (const [i, m] of items.entries()) {
            const el = document.createElement('p');
            el.dataset.i = String(i);
            el.lang = m.lang;
            el.style.fontFamily = m.family; // no generic family: only the listed fonts, then the probe
            el.textContent = m.text;
            box.append(el);
          }
          document.body.append(box);
          void box.offsetHeight; // lay out, so unicode-range starts the font loads
          const loads = [400, 700].flatMap((w) => [`${w} 16px 'Noto Sans SC'`, `${w} 16px 'Noto Sans Arabic'`, `${w} 16px 'Noto Serif Tibetan'`]);
          await Promise.all(loads.map((f) => document.fonts.load(f, 'ཀئ中A')));
          await document.fonts.ready;
        },
        { items: [...messages.map((m) => ({ ...m, family: SHIPPED })), ...SENTINELS], probePath: PROBE_PATH },
      );

      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#glyph-check > p' });
      assert.equal(nodeIds.length, messages.length + SENTINELS.length);
      // Chromium names a face by its own name table ('Noto Sans SC Thin' for the variable SC font).
      const isShipped = (f: { familyName: string; isCustomFont: boolean }) => f.isCustomFont && SHIPPED_FAMILIES.some((s) => f.familyName.startsWith(s));
      const others = new Map<number, string[]>();
      const drawnBy = new Set<string>();
      for (const [i, nodeId] of nodeIds.entries()) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const f of fonts) drawnBy.add(f.familyName);
        const foreign = fonts.filter((f) => !isShipped(f)).map((f) => `${f.familyName} (${f.glyphCount} glyphs${f.isCustomFont ? '' : ', system font'})`);
        if (foreign.length) others.set(i, foreign);
      }

      for (const [k, sentinel] of SENTINELS.entries()) {
        assert.ok(others.has(messages.length + k), `${sentinel.id} should have needed another font: the check is blind`);
        others.delete(messages.length + k);
      }
      const missing = [...others].map(([i, fonts]) => `${messages[i]!.id} "${messages[i]!.text}" drawn with ${fonts.join(', ')}`);
      assert.deepEqual(missing, []);
      // The shipped fonts really drew the three scripts.
      for (const family of SHIPPED_FAMILIES) assert.ok([...drawnBy].some((f) => f.startsWith(family)), `${family} drew nothing (drawn by: ${[...drawnBy].join(', ')})`);
    } finally {
      await kiosk.close();
    }
  });
});
