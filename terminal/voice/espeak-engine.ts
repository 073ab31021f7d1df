// eSpeak NG as the offline SpeechEngine: the Debian package (or espeak-ng.exe on Windows) run as a
// child process per clip, so synthesis never blocks the core's event loop.
import { spawn, execFile } from 'node:child_process';
import type { SpeechEngine } from './engine.ts';
import type { VoiceLocale } from '../../shared/voice-locales.ts';
import { fixWavSizes } from './wav.ts';
import { mandarinToPinyin } from './mandarin-pinyin.ts';

/**
 * eSpeak NG's voices per locale, best first; Tibetan has none (only recorded packs speak it).
 * Mandarin is spoken by the pinyin voice, fed numbered pinyin (./mandarin-pinyin.ts): the `cmn`
 * voice reads most hanzi as English-read pinyin ("king three" for 请). `cmn` stays as the second
 * choice for an eSpeak NG without the pinyin voice (before 1.50).
 */
const wantedVoices: Record<VoiceLocale, readonly string[]> = { 'zh-CN': ['cmn-latn-pinyin', 'cmn'], bo: [], ug: ['ug'], en: ['en-us'] };

/** What eSpeak NG is given for a text in a voice: numbered pinyin for the pinyin voice, else the text. */
export function espeakInput(text: string, voice: string): string {
  return voice === 'cmn-latn-pinyin' ? mandarinToPinyin(text) : text;
}

/** A clip is a few seconds of speech; more output than this is a runaway process. */
const maxOutputBytes = 8 * 1024 * 1024;

export interface EspeakOptions {
  /** The program; `espeak-ng` on the PATH by default. */
  command?: string;
  /** Words per minute per voice (eSpeak counts each Han character as a word), for a calm pace. */
  wordsPerMinute?: Partial<Record<string, number>>;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 5000, maxBuffer: 1024 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

/**
 * Starts the engine: asks eSpeak NG which voices it has. Resolves to null when the program is
 * missing or broken (the kiosk then runs on prompt packs or silence, and diagnostics say why).
 */
export async function createEspeakEngine(opts: EspeakOptions = {}): Promise<{ engine: SpeechEngine | null; problem: string | null }> {
  const command = opts.command ?? 'espeak-ng';
  let version: string;
  let voices: Set<string>;
  try {
    version = (await run(command, ['--version'])).match(/(\d+\.\d+(?:\.\d+)?)/)?.[1] ?? '?';
    const listing = await run(command, ['--voices']);
    voices = new Set(
      listing
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/)[1])
        .filter((v): v is string => Boolean(v)),
    );
  } catch (err) {
    return { engine: null, problem: `${command} not usable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): install espeak-ng` };
  }
  // Measured: cmn at 150 takes 11.5 s for a 26-character prompt (2.3 characters a second, too slow
  // to follow); 240 gives about 4 a second. The pinyin voice counts each syllable as a word: at 180
  // it says 3.2–3.5 syllables a second (请将身份证放在读卡区 in 3.1 s), a pace an elder can follow;
  // 240 is 4.5–4.8, too quick. Letters: 150 words a minute.
  const speeds: Record<string, number> = { 'cmn-latn-pinyin': 180, cmn: 240, ug: 150, 'en-us': 150, ...opts.wordsPerMinute };
  const engine: SpeechEngine = {
    name: `espeak-ng ${version}`,
    voiceFor(locale) {
      return wantedVoices[locale].find((voice) => voices.has(voice)) ?? null;
    },
    synthesize(text, voice, signal) {
      return new Promise((resolve, reject) => {
        // Text goes on stdin, never as an argument: nothing a resident sees can become an option.
        const child = spawn(command, ['--stdout', '-v', voice, '-s', String(speeds[voice] ?? 150)], { stdio: ['pipe', 'pipe', 'ignore'], signal });
        const chunks: Buffer[] = [];
        let bytes = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > maxOutputBytes) child.kill('SIGKILL');
          else chunks.push(chunk);
        });
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0 || bytes > maxOutputBytes) return reject(new Error(`espeak-ng exited with ${code ?? 'a signal'}`));
          try {
            resolve(fixWavSizes(Buffer.concat(chunks)));
          } catch (err) {
            reject(err as Error);
          }
        });
        child.stdin.on('error', () => undefined); // a child killed early closes its stdin
        child.stdin.end(espeakInput(text, voice), 'utf8');
      });
    },
  };
  return { engine, problem: null };
}
