// What a Mandarin-speaking resident hears: every zh-CN prompt, as the engine gives it to eSpeak NG,
// comes out of eSpeak's phoneme trace as Mandarin syllables with their tones, with no English
// letter names, no tone digit said aloud and no word eSpeak could not read; and at a pace an elder
// can follow (3–4 syllables a second).
import { describe, test, beforeAll } from 'vitest';
import assert from 'node:assert/strict';
import { createEspeakEngine, espeakInput } from '../../../terminal/voice/espeak-engine.ts';
import { readWav } from '../../../terminal/voice/wav.ts';
import type { SpeechEngine } from '../../../terminal/voice/engine.ts';
import { screenPromptSamples } from '../../support/voice-prompts.ts';
import { traceProblems } from '../../support/phoneme-trace.ts';
import { voiceZhCN } from '../../../renderer/i18n/zh-CN/voice.ts';

let engine: SpeechEngine;
let voice: string;
beforeAll(async () => {
  const started = await createEspeakEngine();
  assert.ok(started.engine, `eSpeak NG must be installed for voice guidance: ${started.problem}`);
  engine = started.engine;
  voice = engine.voiceFor('zh-CN')!;
});

/** The voice bar's own words, spoken by 点读 when touched. */
const controlWords = [voiceZhCN.voiceReplay, voiceZhCN.volumeUp, voiceZhCN.volumeDown, voiceZhCN.touchAndHear, voiceZhCN.touchAndHearOn, voiceZhCN.voiceSound];

describe('the phoneme check itself', () => {
  test("rejects what eSpeak's cmn voice makes of 请将身份证 (English-read pinyin, tone digits said)", () => {
    const problems = traceProblems('请将身份证放在读卡区', 'cmn');
    assert.ok(problems.some((p) => p.startsWith('read as en')), problems.join('\n'));
  });

  test('rejects a detached tone digit, a syllable without its tone and a code eSpeak swallows', () => {
    assert.notDeepEqual(traceProblems('qing 3 jiang1', 'cmn-latn-pinyin'), []);
    assert.notDeepEqual(traceProblems('qing3 jiang', 'cmn-latn-pinyin'), []);
    assert.notDeepEqual(traceProblems('K7M2', 'cmn-latn-pinyin'), []);
    assert.deepEqual(traceProblems('qing3 jiang1 , A ling2 .', 'cmn-latn-pinyin'), []);
  });
});

describe('every Mandarin prompt is Mandarin in eSpeak NG', () => {
  test('Mandarin is spoken by the pinyin voice', () => {
    assert.equal(voice, 'cmn-latn-pinyin', 'eSpeak NG 1.50+ has cmn-latn-pinyin: check `espeak-ng --voices=cmn`');
  });

  for (const { promptId, text } of screenPromptSamples('zh-CN')) {
    test(`${promptId}: ${text}`, () => {
      assert.deepEqual(traceProblems(espeakInput(text, voice), voice), []);
    });
  }

  test('the voice bar words 点读 says', () => {
    for (const text of controlWords) assert.deepEqual(traceProblems(espeakInput(text, voice), voice), [], text);
  });
});

describe('pace', () => {
  const syllables = (text: string) => espeakInput(text, voice).split(' ').filter((w) => /\d$/.test(w)).length;

  test('a ten-character instruction takes 2–4 s; prompts go at 3–4 syllables a second', async () => {
    const short = readWav(await engine.synthesize('请将身份证放在读卡区', voice, AbortSignal.timeout(8000)));
    assert.ok(short.durationMs >= 2000 && short.durationMs <= 4000, `${short.durationMs} ms`);
    for (const { promptId, text } of screenPromptSamples('zh-CN').filter((s) => ['screen.attract', 'screen.services', 'screen.demand-phone'].includes(s.promptId))) {
      const wav = readWav(await engine.synthesize(text, voice, AbortSignal.timeout(8000)));
      const rate = syllables(text) / (wav.durationMs / 1000);
      assert.ok(rate >= 3 && rate <= 4, `${promptId}: ${rate.toFixed(2)} syllables a second`);
    }
  });
});
