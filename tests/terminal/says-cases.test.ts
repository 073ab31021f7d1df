// Issue 10's case services on the real core name what they say to a resident (terminal/says/cases.ts):
// a refusal or a result message carries its id and values beside the Chinese text, so a resident
// reading English or Uyghur gets it in that language, with no Chinese word slipped in as a value.
import { afterEach, beforeEach, describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { createCoreHarness } from '../support/core-harness.ts';
import { testHub } from '../support/test-hub.ts';
import { hanResident } from '../support/fixtures.ts';
import { makeCaseNumber } from '../../shared/contract/cases.ts';
import { KioskError } from '../../terminal/api.ts';
import { saysCases } from '../../terminal/says/cases.ts';
import { errorText, saidText } from '../../renderer/i18n/said.ts';
import { setLocale } from '../../renderer/i18n/locale-store.ts';
import { t } from '../../renderer/i18n/index.ts';
import { argumentsOf } from '../../renderer/i18n/catalog-check.ts';
import { caseTitle } from '../../renderer/components/case-title.ts';
import { outcomeOf } from '../support/outcome.ts';

type Harness = ReturnType<typeof createCoreHarness>;
const HAN = /\p{Script=Han}/u;

/** The refusal `work` ends in (it must be a KioskError that names its message). */
async function refusal(work: Promise<unknown>): Promise<KioskError> {
  try {
    await work;
  } catch (err) {
    assert.ok(err instanceof KioskError, String(err));
    assert.ok(err.say, `"${err.message}" names no message`);
    return err;
  }
  throw new Error('the call should have been refused');
}

afterEach(() => setLocale('zh-CN'));

describe('case services speak the resident’s language', () => {
  let h: Harness;
  beforeEach(() => {
    h = createCoreHarness({ demand: { sites: [{ id: 'market', compound: '镇农贸市场' }] } }, { hub: testHub({ terminalNumber: () => 7 }) });
  });
  afterEach(() => h.close());

  test('rating: 不满意 without a reason names the level by number; a second rating and a bad ticket too', async () => {
    h.cardReader.place(hanResident);
    await h.terminal.takeQueueTicket({ serviceId: 'queue' });
    const target = (await h.terminal.ratingTargets({})).items[0]!.target;

    const noReason = await refusal(h.terminal.rate({ target, level: 1, reason: null, reasonText: null }));
    assert.equal(noReason.message, '选择“非常不满意”时，请选择不满意的原因。');
    assert.deepEqual(noReason.say, { id: 'cases.ratingReasonNeeded', values: { level: 1 } }, 'the level by number, not its Chinese label');
    setLocale('en');
    assert.equal(errorText(noReason), 'You chose “Very dissatisfied”: please choose why you were not satisfied.');
    setLocale('ug');
    assert.equal(errorText(noReason), '«ناھايىتى نارازى» نى تاللىغاندا، نارازى بولۇش سەۋەبىنى تاللاڭ.');

    assert.equal(outcomeOf(await h.terminal.rate({ target, level: 5, reason: null, reasonText: null })), 'ok');
    const again = await h.terminal.rate({ target, level: 4, reason: null, reasonText: null });
    assert.ok(!again.ok && again.reason === 'already-rated');
    setLocale('en');
    assert.equal(saidText(again.message, again.say), 'You have already rated this service. Each one can be rated only once.');

    const old = await refusal(h.terminal.rate({ target: { type: 'ticket', ticketNumber: 'A001', date: '2001-01-01' }, level: 5, reason: null, reasonText: null }));
    assert.equal(errorText(old), 'Only counter services of the last 7 days can be rated. Please choose the date of your visit again.');
  });

  test('诉求反映 and 事项办理 refusals, with counts as values', async () => {
    h.cardReader.place(hanResident);
    const long = await refusal(h.terminal.submitDemand({ category: '投诉', description: '灯'.repeat(501), siteId: 'market', placeText: null, callbackPhone: null, anonymous: false }));
    assert.equal(long.message, '“问题描述”最多500个字，现在有501个字。');
    setLocale('en');
    assert.equal(errorText(long), '“Description” can have at most 500 characters; it has 501 characters.');

    const unconfirmed = await refusal(h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: {}, cardFieldsConfirmed: false }));
    assert.equal(errorText(unconfirmed), 'Please check your ID card details and tap “It is correct” before submitting.');
    const badForm = await refusal(h.terminal.submitApplication({ itemId: 'juzhu-zhengming', answers: { phone: '123' }, cardFieldsConfirmed: true }));
    assert.match(badForm.message, /“联系电话”应是11位手机号码/, 'the Chinese names each field by its label');
    setLocale('ug');
    assert.doesNotMatch(errorText(badForm), HAN, 'the resident’s language says how many, without the Chinese labels');
  });

  test('a filed demand is named by its category in the resident’s language, on its result and in the rating list', async () => {
    h.cardReader.place(hanResident);
    const receipt = await h.terminal.submitDemand({ category: '投诉', description: '路灯坏了', siteId: 'market', placeText: null, callbackPhone: null, anonymous: false });
    assert.equal(receipt.kind, 'demand');
    const item = (await h.terminal.ratingTargets({})).items.find((i) => i.case)!;
    assert.deepEqual(item.case, { kind: 'demand', title: '投诉', formattedCaseNumber: receipt.formattedCaseNumber });
    setLocale('en');
    assert.equal(caseTitle(receipt), 'Complaint');
    assert.equal(t.ratingCaseTitle(caseTitle(item.case!), item.case!.formattedCaseNumber), `Complaint ${receipt.formattedCaseNumber}`);
  });

  test('办件进度查询: a typed number, a missing 查询码 and an unknown number', async () => {
    h.cardReader.place(hanResident);
    const wrong = await refusal(h.terminal.lookupCase({ caseNumber: '12345', queryCode: null }));
    setLocale('en');
    assert.equal(errorText(wrong), 'A case number has 12 digits. Please check it.');
    const unknown = await h.terminal.lookupCase({ caseNumber: makeCaseNumber(12, 99), queryCode: null });
    assert.ok(!unknown.ok && unknown.reason === 'not-found' && unknown.say);
    setLocale('ug');
    assert.equal(saidText(unknown.message, unknown.say), 'ھازىرچە ھۆكۈمەت ئىشلىرى مەركىزى بىلەن ئۇلىنالمىدى، بۇ نومۇرنىڭ ئەھۋالىنى سۈرۈشتۈرگىلى بولمىدى. سەل تۇرۇپ قايتا سىناڭ ياكى سۈنئىي كۆزنەكتە سۈرۈشتۈرۈڭ.');
  });
});

test('no message of the case services shows a Chinese character in English, Uyghur or Tibetan, whatever its values', () => {
  const sample = (name: string) => (/count|max|length|min|days|level/.test(name) ? 2 : '2026-12-01');
  for (const locale of ['en', 'ug', 'bo'] as const) {
    setLocale(locale);
    for (const [key, entry] of Object.entries(saysCases)) {
      const args = typeof entry === 'string' ? [] : [...argumentsOf(entry.icu)];
      const values = Object.fromEntries(args.map((a) => [a, sample(a)]));
      for (const level of args.includes('level') ? [1, 2] : [null]) {
        const shown = saidText('中文', { id: `cases.${key}` as never, values: level === null ? values : { ...values, level } });
        assert.doesNotMatch(shown, HAN, `${locale} cases.${key}: ${shown}`);
      }
    }
  }
});

test('the rating levels and the reasons for a bad rating are named in each language', () => {
  setLocale('en');
  assert.deepEqual([5, 4, 3, 2, 1].map((l) => t.ratingLevelNames[l]), ['Very satisfied', 'Satisfied', 'Fairly satisfied', 'Dissatisfied', 'Very dissatisfied']);
  assert.equal(t.ratingChosenFor('A001', t.ratingLevelNames[2]!), 'Rate: A001 · Dissatisfied');
  assert.equal(t.ratingReasonNames['多次跑动'], 'Had to come back several times');
  setLocale('ug');
  assert.equal(t.ratingChosen(t.ratingLevelNames[1]!), 'بۇ قېتىملىق مۇلازىمەتكە نومۇر بېرىڭ · \u2068ناھايىتى نارازى\u2069');
  for (const locale of ['en', 'ug', 'bo'] as const) {
    setLocale(locale);
    for (const name of [...Object.values(t.ratingLevelNames), ...Object.values(t.ratingReasonNames)]) assert.doesNotMatch(name, HAN, `${locale}: ${name}`);
  }
});
