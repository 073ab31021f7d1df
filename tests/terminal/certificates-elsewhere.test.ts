// A kiosk without an A4 printer does not offer 证明打印 (issue 21): its tile says where certificates
// are printed instead (the site's `site.certificatesAt`, the staffed counter unless configured),
// in the resident's language, and never "暂停服务" as if something had broken; a site that names
// no such place (null) does not show the tile at all. A stopped A4 printer is still a fault.
import { afterEach, test } from 'vitest';
import assert from 'node:assert/strict';
import { createCoreHarness } from '../support/core-harness.ts';
import { FakeDocumentPrinter } from '../support/fake-devices.ts';
import { saidText } from '../../renderer/i18n/said.ts';
import { setLocale } from '../../renderer/i18n/locale-store.ts';
import { t } from '../../renderer/i18n/index.ts';
import type { Locale } from '../../shared/locales.ts';
import { KioskError } from '../../terminal/api.ts';

afterEach(() => setLocale('zh-CN'));

async function certificateTile(site: Record<string, unknown>, documentPrinter?: FakeDocumentPrinter) {
  const h = createCoreHarness({ site: { name: '东升街道便民服务中心', code: 'SL-DS-01', ...site } }, { documentPrinter });
  try {
    await h.terminal.startAnonymousSession({});
    return (await h.terminal.getStatus({})).services.find((s) => s.kind === 'certificate-print');
  } finally {
    h.close();
  }
}

const shown = (tile: { outOfService: string | null; outOfServiceSay?: unknown }, locale: Locale) => {
  setLocale(locale);
  return saidText(tile.outOfService!, tile.outOfServiceSay as never);
};

test('no A4 printer, nothing configured: the tile sends the resident to a staffed counter, in each language', async () => {
  const tile = (await certificateTile({}))!;
  assert.equal(tile.outOfService, '本机不打印证明，请到人工窗口办理');
  assert.deepEqual(
    (['zh-CN', 'en', 'bo', 'ug'] as const).map((l) => shown(tile, l)),
    [
      '本机不打印证明，请到人工窗口办理',
      'Certificates are not printed at this kiosk. Please go to a staffed counter.',
      'འཕྲུལ་ཆས་འདིས་ར་སྤྲོད་ཡི་གེ་པར་མི་འདེབས། མི་སྒེའུ་ཁུང་དུ་ཕེབས་ནས་སྒྲུབ་རོགས།',
      'بۇ ماشىنىدا ئىسپات بېسىلمايدۇ، خادىم كۆزنىكىدە بېجىرىڭ.',
    ],
  );
  for (const l of ['zh-CN', 'en', 'bo', 'ug'] as const) assert.ok(!/暂停|Out of service/.test(shown(tile, l)), `${l}: not a fault`);
  setLocale('zh-CN');
  assert.notEqual(t.serviceNotOfferedTitle, t.outOfServiceTitle);
});

test('no A4 printer, the hall named: the tile names it (as written) in each language', async () => {
  const tile = (await certificateTile({ certificatesAt: '一楼3号窗口' }))!;
  assert.equal(tile.outOfService, '本机不打印证明，请到一楼3号窗口办理');
  assert.equal(tile.offeredElsewhere, true);
  assert.equal(shown(tile, 'en'), 'Certificates are not printed at this kiosk. Where to get one: 一楼3号窗口');
  assert.equal(shown(tile, 'bo'), 'འཕྲུལ་ཆས་འདིས་ར་སྤྲོད་ཡི་གེ་པར་མི་འདེབས། སྒྲུབ་ས། 一楼3号窗口');
  // In a right-to-left sentence the place is isolated (FSI … PDI), as every Uyghur argument is.
  assert.equal(shown(tile, 'ug'), 'بۇ ماشىنىدا ئىسپات بېسىلمايدۇ. بېجىرىش ئورنى: \u2068一楼3号窗口\u2069');
});

test('no A4 printer and no place to send residents (null): no 证明打印 tile, and asking for it anyway is refused', async () => {
  assert.equal(await certificateTile({ certificatesAt: null }), undefined);
  const h = createCoreHarness({ site: { name: '东升街道便民服务中心', code: 'SL-DS-01', certificatesAt: null } });
  try {
    await h.terminal.startAnonymousSession({});
    await assert.rejects(h.terminal.printCertificate({ serviceId: 'certificates', certificateType: 'residence' }), KioskError);
  } finally {
    h.close();
  }
});

test('an A4 printer that is there: the tile is an ordinary one; stopped, it is out of service as before', async () => {
  const printer = new FakeDocumentPrinter();
  const tile = (await certificateTile({ certificatesAt: null }, printer))!;
  assert.notEqual(tile, undefined);
  assert.equal(tile.offeredElsewhere, undefined);
  printer.status = { state: 'stopped', reason: 'queue "a4" is stopped' };
  assert.equal((await certificateTile({}, printer))!.outOfService, '暂停服务：A4打印机暂停工作');
});
