// 诉求反映 says what is true (issue 21): its tile promises a 办件编号 as everything else calls it,
// and the screen after filing says the demand was submitted and received (已接件), not 受理 (a step a
// clerk takes later), and what happens next — in each of the four languages. Its review lists the
// five answers at their own height from the top, not spread over the screen.
import { describe, test, beforeAll, afterAll } from 'vitest';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { screenTour, startTourRig, type TourRig } from '../support/screen-tour.ts';
import type { Locale } from '../../shared/locales.ts';

/** What a reader of each language sees: the tile's line, the heading, the next step. */
const expected: Record<Locale, { tile: string; heading: string; next: string }> = {
  'zh-CN': {
    tile: '反映问题，获取办件编号',
    heading: '诉求已提交',
    next: '已接件。工作人员审核后决定是否受理，您可凭办件编号查询办理进度。',
  },
  en: {
    tile: 'Report a problem and get a case number',
    heading: 'Your request has been submitted',
    next: 'Received. A staff member will review it and decide whether to accept it; you can follow its progress with the case number.',
  },
  bo: {
    tile: 'དཀའ་ངལ་སྙན་སེང་ཞུས་ནས་ལས་དོན་ཨང་གྲངས་ལེན།',
    heading: 'རེ་འདུན་ཕུལ་ཟིན།',
    next: 'ལེན་ཟིན། ལས་བྱེད་པས་ཞིབ་བཤེར་བྱས་རྗེས་དང་ལེན་བྱེད་མིན་ཐག་གཅོད་བྱེད། ལས་དོན་ཨང་གྲངས་ཀྱིས་སྒྲུབ་སྟངས་འཚོལ་ཐུབ།',
  },
  ug: {
    tile: 'مەسىلە ئىنكاس قىلىپ، ئىش نومۇرى ئېلىڭ',
    heading: 'تەلىپىڭىز يوللاندى',
    next: 'تاپشۇرۇۋېلىندى. خادىملار تەكشۈرۈپ قوبۇل قىلىش-قىلماسلىقنى بېكىتىدۇ، ئىش نومۇرى بىلەن بېجىرىش ئەھۋالىنى سۈرۈشتۈرەلەيسىز.',
  },
};

const stop = (name: string) => screenTour.find((s) => s.name === name)!;

describe('诉求反映: the words a resident reads (Chromium, real core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [locale, words] of Object.entries(expected)) {
    test(`${locale}: the tile promises a 办件编号; after filing, "submitted, received" and what comes next`, async () => {
      const rig = await startTourRig(browser, { mode: 'normal', locale });
      try {
        await rig.restart();
        await stop('services').reach(rig);
        const tile = rig.page.locator('.service-button[data-service-kind="demand"]');
        assert.equal((await tile.locator('.service-description').innerText()).trim(), words.tile);

        await stop('demand-confirm').reach(rig);
        await stop('demand-filed').onFrom!.go(rig);
        const card = rig.page.locator('.case-result .ticket-card');
        await card.getByText(words.heading, { exact: true }).waitFor();
        await card.getByText(words.next, { exact: true }).waitFor();
        assert.ok(!(await card.innerText()).includes('受理编号'), 'no 受理编号');
      } finally {
        await rig.close();
      }
    });
  }

  for (const mode of ['normal', 'elder'] as const) {
    test(`${mode}: the review's five rows at their own height from the top, 确认提交 after them`, async () => {
      const rig: TourRig = await startTourRig(browser, { mode });
      try {
        await rig.restart();
        await stop('demand-confirm').reach(rig);
        const list = rig.page.locator('dl.case-review');
        const rows = await list.locator(':scope > div').evaluateAll((divs) =>
          divs.map((d) => {
            const r = d.getBoundingClientRect();
            // The words' own height (a stretched dt/dd would be as tall as a spread row).
            const words = (el: Element) => {
              const range = document.createRange();
              range.selectNodeContents(el);
              return range.getBoundingClientRect().height;
            };
            return { top: r.top, bottom: r.bottom, content: Math.max(words(d.querySelector('dt')!), words(d.querySelector('dd')!)) };
          }),
        );
        assert.equal(rows.length, 5);
        const listTop = (await list.boundingBox())!.y;
        const fontSize = await list.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        assert.ok(rows[0]!.top - listTop < 1, `the first row at the list's top (${rows[0]!.top - listTop} px below it)`);
        for (const [i, row] of rows.entries()) {
          assert.ok(row.bottom - row.top <= row.content + 1, `row ${i + 1} is as tall as its words (${row.bottom - row.top} px for ${row.content} px)`);
          if (i > 0) assert.ok(row.top - rows[i - 1]!.bottom <= fontSize, `row ${i + 1} follows the one before (${row.top - rows[i - 1]!.bottom} px apart)`);
        }
        const submit = rig.page.getByRole('button', { name: rig.t.demandSubmit });
        assert.ok((await submit.boundingBox())!.y > rows[4]!.bottom, '确认提交 comes after the rows');
        assert.ok(await submit.isVisible());
      } finally {
        await rig.close();
      }
    });
  }
});
