// The tests' voice: the real eSpeak NG engine behind a content-addressed cache on disk, so a prompt
// spoken in the same voice by the same engine is synthesised once per machine, not once per test
// file. The key covers everything that shapes the sound: the engine's name and version, the source
// of the engine module (its speeds and arguments), the voice, the text and what eSpeak is given for
// it (Mandarin's pinyin from terminal/voice/mandarin-pinyin.ts and pinyin-pro: a changed reading is
// a new clip, never a stale one). The first synthesis is always real; a cached clip is byte for byte
// what the engine gave.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEspeakEngine, espeakInput } from '../../terminal/voice/espeak-engine.ts';
import { createVoiceService, type VoiceService } from '../../terminal/voice/voice-service.ts';
import { loadPromptPacks } from '../../terminal/voice/prompt-packs.ts';
import type { SpeechEngine } from '../../terminal/voice/engine.ts';

const cacheDir = join('node_modules', '.cache', 'kiosk-test-speech');
const engineSource = createHash('sha256').update(readFileSync(new URL('../../terminal/voice/espeak-engine.ts', import.meta.url))).digest('hex');

export function cachedEngine(engine: SpeechEngine, dir = cacheDir): SpeechEngine {
  mkdirSync(dir, { recursive: true });
  return {
    name: engine.name,
    voiceFor: (locale: Parameters<SpeechEngine['voiceFor']>[0]) => engine.voiceFor(locale),
    async synthesize(text: string, voice: string, signal: AbortSignal): Promise<Buffer> {
      const key = createHash('sha256').update(JSON.stringify([engine.name, engineSource, voice, text, espeakInput(text, voice)])).digest('hex');
      const file = join(dir, `${key}.wav`);
      try {
        return readFileSync(file);
      } catch {
        // not spoken yet on this machine
      }
      const clip = await engine.synthesize(text, voice, signal);
      // Written aside and renamed: two test files speaking the same prompt never read half a clip.
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, clip);
      renameSync(part, file);
      return clip;
    },
  };
}

/** As terminal/voice/start-voice.ts, with no prompt packs and the engine behind the cache. */
export async function startCachedVoice(now: () => Date): Promise<VoiceService> {
  const { engine, problem } = await createEspeakEngine({ command: process.env.KIOSK_ESPEAK ?? undefined });
  return createVoiceService({ engine: engine && cachedEngine(engine), engineProblem: problem, packs: loadPromptPacks(null), now });
}
