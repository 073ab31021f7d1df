// The core's voice with the real eSpeak NG: every screen prompt comes out as audible speech of a
// plausible length in each language that has a voice; Tibetan (no engine voice, no pack) falls
// back to Mandarin and diagnostics say so; recorded packs win and a tampered clip is refused.
import { describe, test, beforeAll } from 'vitest';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEspeakEngine } from '../../../terminal/voice/espeak-engine.ts';
import { cachedEngine } from '../../support/cached-speech.ts';
import { loadPromptPacks } from '../../../terminal/voice/prompt-packs.ts';
import { createVoiceService, type VoiceService } from '../../../terminal/voice/voice-service.ts';
import { readWav, wavRms } from '../../../terminal/voice/wav.ts';
import type { SpeechEngine } from '../../../terminal/voice/engine.ts';
import { spellOut } from '../../../renderer/voice/spell.ts';
import { screenPromptSamples } from '../../support/voice-prompts.ts';

const now = () => new Date('2026-12-01T08:00:00Z');
/** Speech, not a click or hiss: eSpeak's voiced speech averages well above this. */
const rmsFloor = 0.02;

let engine: SpeechEngine;
beforeAll(async () => {
  const started = await createEspeakEngine();
  assert.ok(started.engine, `eSpeak NG must be installed for voice guidance: ${started.problem}`);
  // Through the tests' content-addressed cache: each clip is synthesised for real once per machine.
  engine = cachedEngine(started.engine);
});

const service = (packsDir: string | null = null): VoiceService =>
  createVoiceService({ engine, engineProblem: null, packs: loadPromptPacks(packsDir), now });

describe('voice guidance: eSpeak NG in the core', () => {
  for (const locale of ['zh-CN', 'ug', 'en'] as const) {
    test(`every screen prompt in ${locale} is audible speech of plausible length`, async () => {
      const voice = service();
      const samples = screenPromptSamples(locale);
      assert.ok(samples.length >= 10, 'a prompt for each screen');
      for (const { promptId, text } of samples) {
        const clip = await voice.speak({ promptId, text, locale });
        assert.equal(clip.source, 'engine', `${promptId} spoken by the engine`);
        assert.equal(clip.locale, locale, `${promptId} in its own language`);
        const wav = readWav(clip.audio!);
        assert.equal(wav.durationMs, clip.durationMs);
        const rms = wavRms(clip.audio!);
        assert.ok(rms > rmsFloor, `${promptId}: RMS ${rms.toFixed(3)} is above the silence floor`);
        // Per written character: Han characters are a syllable each, letters a fraction of one.
        const perChar = wav.durationMs / [...text].length;
        const [low, high] = locale === 'zh-CN' ? [120, 700] : [25, 250];
        assert.ok(perChar > low && perChar < high, `${promptId}: ${wav.durationMs} ms for ${text.length} characters (${perChar.toFixed(0)} ms each)`);
      }
      // Longer words take longer to say.
      const short = await voice.speak({ text: samples[0].text.slice(0, 4), locale });
      const long = await voice.speak({ text: samples.map((s) => s.text).join(' ').slice(0, 150), locale });
      assert.ok(long.durationMs > short.durationMs * 3, `${long.durationMs} ms vs ${short.durationMs} ms`);
    });
  }

  test('the ticket number digit by digit takes longer than as one word', async () => {
    const voice = service();
    assert.equal(spellOut('A012'), 'A，0，1，2');
    const whole = await voice.speak({ text: 'A012', locale: 'zh-CN' });
    const spelled = await voice.speak({ text: spellOut('A012'), locale: 'zh-CN' });
    // Four separate words with pauses between them, not one quick number.
    assert.ok(spelled.durationMs > whole.durationMs * 1.3, `${spelled.durationMs} ms vs ${whole.durationMs} ms`);
  });

  test('Tibetan without a pack falls back to Mandarin, and diagnostics say so', async () => {
    const voice = service();
    const clip = await voice.speak({ promptId: 'screen.services', text: 'ཞབས་ཞུའི་ཐོ་གཞུང་།', locale: 'bo', fallbackText: '这里是服务列表。' });
    assert.equal(clip.locale, 'zh-CN');
    assert.equal(clip.fellBack, true);
    assert.ok(wavRms(clip.audio!) > rmsFloor);
    const diag = voice.diagnostics();
    assert.equal(diag.locales.find((l) => l.locale === 'bo')?.speaksAs, 'zh-CN (fallback)');
    assert.equal(diag.recentFallbacks[0].wanted, 'bo');
    assert.equal(diag.recentFallbacks[0].got, 'zh-CN');
    assert.match(diag.recentFallbacks[0].reason, /no bo voice/);
  });

  test('with neither a voice nor Mandarin words it is silence, not an error', async () => {
    const voice = service();
    const clip = await voice.speak({ text: 'ཞབས་ཞུ།', locale: 'bo' });
    assert.equal(clip.audio, null);
    assert.equal(voice.diagnostics().recentFallbacks[0].got, 'silence');
  });

  test('a recorded pack speaks Tibetan; a clip whose sha256 does not match is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voice-packs-'));
    mkdirSync(join(dir, 'bo'));
    // A real recording stands in: any PCM WAV does.
    const recorded = (await service().speak({ text: '你好', locale: 'zh-CN' })).audio!;
    writeFileSync(join(dir, 'bo', 'services.wav'), recorded);
    writeFileSync(join(dir, 'bo', 'idle.wav'), recorded);
    const sha = createHash('sha256').update(recorded).digest('hex');
    writeFileSync(
      join(dir, 'bo', 'manifest.json'),
      JSON.stringify({
        locale: 'bo',
        prompts: {
          'screen.services': { file: 'services.wav', sha256: sha, durationMs: readWav(recorded).durationMs },
          'screen.idle': { file: 'idle.wav', sha256: '0'.repeat(64), durationMs: 1000 },
        },
      }),
    );
    const voice = service(dir);
    const clip = await voice.speak({ promptId: 'screen.services', text: 'ཞབས་ཞུ།', locale: 'bo' });
    assert.equal(clip.source, 'pack');
    assert.equal(clip.locale, 'bo');
    assert.deepEqual(clip.audio, recorded);
    const refused = await voice.speak({ promptId: 'screen.idle', text: 'ཞབས་ཞུ།', locale: 'bo', fallbackText: '还剩二十秒' });
    assert.equal(refused.locale, 'zh-CN', 'the tampered clip is not played');
    const diag = voice.diagnostics();
    assert.equal(diag.locales.find((l) => l.locale === 'bo')?.packPrompts, 1);
    assert.match(diag.packProblems.join('\n'), /screen\.idle refused \(sha256/);
  });

  test('a recorded Mandarin clip is played before the pinyin voice of the engine; a prompt it lacks is synthesised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voice-packs-'));
    mkdirSync(join(dir, 'zh-CN'));
    const recorded = (await service().speak({ text: '欢迎', locale: 'zh-CN' })).audio!;
    writeFileSync(join(dir, 'zh-CN', 'attract.wav'), recorded);
    const sha256 = createHash('sha256').update(recorded).digest('hex');
    writeFileSync(join(dir, 'zh-CN', 'manifest.json'), JSON.stringify({ locale: 'zh-CN', prompts: { 'screen.attract': { file: 'attract.wav', sha256, durationMs: readWav(recorded).durationMs } } }));
    const voice = service(dir);
    const text = screenPromptSamples('zh-CN').find((s) => s.promptId === 'screen.attract')!.text;
    const clip = await voice.speak({ promptId: 'screen.attract', text, locale: 'zh-CN' });
    assert.equal(clip.source, 'pack');
    assert.deepEqual(clip.audio, recorded);
    // A prompt the pack lacks is synthesised.
    assert.equal((await voice.speak({ promptId: 'screen.services', text: '这里是服务列表。', locale: 'zh-CN' })).source, 'engine');
  });

  test('a hung engine times out and the next prompt still speaks', async () => {
    let calls = 0;
    const hanging: SpeechEngine = {
      name: 'hangs-once',
      voiceFor: () => 'cmn',
      synthesize: (text, voice, signal) => {
        calls++;
        if (calls === 1) return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('timed out'))));
        return engine.synthesize(text, voice, signal);
      },
    };
    // The second clip is made beforehand (the cache keeps it): the 300 ms limit is for the hung
    // call, and a loaded 2-core machine may take longer than that to start eSpeak NG.
    await engine.synthesize('第二句', 'cmn', AbortSignal.timeout(8000));
    const voice = createVoiceService({ engine: hanging, engineProblem: null, packs: loadPromptPacks(null), now, timeoutMs: 300 });
    const started = Date.now();
    const [first, second] = await Promise.all([voice.speak({ text: '第一句', locale: 'zh-CN' }), voice.speak({ text: '第二句', locale: 'zh-CN' })]);
    assert.equal(first.audio, null);
    assert.ok(second.audio && wavRms(second.audio) > rmsFloor);
    assert.ok(Date.now() - started < 5000);
  });
});
