// The kiosk's voice: picks a recorded clip or synthesizes one, in the resident's language or the
// next one that has a voice, and never keeps the core waiting (one synthesis at a time in a child
// process, a timeout, a bounded queue, and a cache of what was already said).
import type { SpeechEngine } from './engine.ts';
import type { VoiceLocale } from '../../shared/voice-locales.ts';
import { combinePacks, packsFromDocument, type PromptPacks } from './prompt-packs.ts';
import type { VoicePacksBody } from '../../shared/contract/voice-packs.ts';
import { readWav } from './wav.ts';
import { recordablePromptIds } from '../../shared/voice/prompt-catalog.ts';

export interface SpeakRequest {
  promptId?: string;
  text: string;
  locale: VoiceLocale;
  /** The same prompt in Mandarin, spoken when `locale` has no voice. */
  fallbackText?: string;
}

export type SpeakResult =
  | { audio: Buffer; source: 'pack' | 'engine'; locale: VoiceLocale; durationMs: number; fellBack: boolean }
  | { audio: null; source: 'none'; locale: VoiceLocale; durationMs: 0; fellBack: true };

export interface VoiceDiagnostics {
  engine: string | null;
  /** Why there is no engine (e.g. espeak-ng not installed), or null. */
  engineProblem: string | null;
  locales: {
    locale: VoiceLocale;
    engineVoice: string | null;
    packPrompts: number;
    speaksAs: string;
    /** Fixed prompts with no recorded clip in a language the engine cannot speak: these fall back. */
    unrecorded: string[];
  }[];
  packProblems: string[];
  /** The latest times a prompt was spoken in another language or not at all, newest first. */
  recentFallbacks: { at: string; wanted: VoiceLocale; got: string; reason: string }[];
}

/** The order of languages tried after the resident's own: Mandarin, then silence. */
const fallbackLocale: VoiceLocale = 'zh-CN';

export interface VoiceServiceOptions {
  engine: SpeechEngine | null;
  engineProblem: string | null;
  packs: PromptPacks;
  now(): Date;
  timeoutMs?: number;
  /** Requests waiting for the engine beyond this are dropped (the resident has moved on). */
  maxQueued?: number;
  cacheBytes?: number;
}

export function createVoiceService(opts: VoiceServiceOptions) {
  const timeoutMs = opts.timeoutMs ?? 8000;
  const maxQueued = opts.maxQueued ?? 4;
  const cacheBytes = opts.cacheBytes ?? 24 * 1024 * 1024;
  // Map keeps insertion order: re-inserting on a hit makes it an LRU.
  const cache = new Map<string, Buffer>();
  let cached = 0;
  const fallbacks: VoiceDiagnostics['recentFallbacks'] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let queued = 0;
  // The local folder's packs, with central's signed ones (when published) in front.
  let packs = opts.packs;

  const remember = (key: string, audio: Buffer) => {
    cache.set(key, audio);
    cached += audio.length;
    for (const [oldKey, old] of cache) {
      if (cached <= cacheBytes) break;
      cache.delete(oldKey);
      cached -= old.length;
    }
  };

  /** Runs one synthesis after those before it; the queue never grows without bound. */
  const synthesize = (text: string, voice: string): Promise<Buffer> => {
    const key = `${voice}\u0000${text}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return Promise.resolve(hit);
    }
    if (queued >= maxQueued) return Promise.reject(new Error('voice queue full'));
    queued++;
    const job = chain.then(async () => {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const audio = await opts.engine!.synthesize(text, voice, signal);
        remember(key, audio);
        return audio;
      } finally {
        queued--;
      }
    });
    chain = job.catch(() => undefined);
    return job;
  };

  const noteFallback = (wanted: VoiceLocale, got: string, reason: string) => {
    fallbacks.unshift({ at: opts.now().toISOString(), wanted, got, reason });
    fallbacks.length = Math.min(fallbacks.length, 20);
  };

  /** Clip or synthesis in one language; null (with the reason) when it has no voice. */
  const attempt = async (locale: VoiceLocale, text: string | undefined, promptId: string | undefined): Promise<{ audio: Buffer; source: 'pack' | 'engine' } | string> => {
    const clip = promptId ? packs.clip(locale, promptId) : null;
    if (clip) return { audio: clip, source: 'pack' };
    const voice = opts.engine?.voiceFor(locale) ?? null;
    if (!voice) return `no ${locale} voice${promptId ? ` and no recorded ${promptId}` : ''}`;
    if (!text) return `no ${locale} text`;
    try {
      return { audio: await synthesize(text, voice), source: 'engine' };
    } catch (err) {
      return `${locale} synthesis failed: ${(err as Error).message}`;
    }
  };

  return {
    /** Central published (or the cache holds) a signed `voice-packs` document. */
    applyDocumentPacks(body: VoicePacksBody): void {
      packs = combinePacks(packsFromDocument(body), opts.packs);
    },
    async speak(req: SpeakRequest): Promise<SpeakResult> {
      const first = await attempt(req.locale, req.text, req.promptId);
      if (typeof first !== 'string') return { ...first, locale: req.locale, durationMs: readWav(first.audio).durationMs, fellBack: false };
      // A pack may declare silence instead of Mandarin for what it lacks (its community's choice).
      if (packs.fallback(req.locale) === 'none') {
        noteFallback(req.locale, 'silence', `${first} (the ${req.locale} pack declares silence for prompts it lacks)`);
      } else if (req.locale !== fallbackLocale) {
        const second = await attempt(fallbackLocale, req.fallbackText, req.promptId);
        if (typeof second !== 'string') {
          noteFallback(req.locale, fallbackLocale, first);
          return { ...second, locale: fallbackLocale, durationMs: readWav(second.audio).durationMs, fellBack: true };
        }
        noteFallback(req.locale, 'silence', `${first}; ${second}`);
      } else {
        noteFallback(req.locale, 'silence', first);
      }
      return { audio: null, source: 'none', locale: req.locale, durationMs: 0, fellBack: true };
    },
    diagnostics(): VoiceDiagnostics {
      const counts = packs.counts();
      return {
        engine: opts.engine?.name ?? null,
        engineProblem: opts.engineProblem,
        locales: (['zh-CN', 'bo', 'ug', 'en'] as const).map((locale) => {
          const engineVoice = opts.engine?.voiceFor(locale) ?? null;
          const packPrompts = counts[locale] ?? 0;
          // Without an engine voice, every fixed prompt the pack lacks is heard in the fallback (which ones, for the technician).
          const unrecorded = engineVoice ? [] : recordablePromptIds.filter((id) => !packs.clip(locale, id));
          const packOnly = `${locale} (recorded pack only; ${unrecorded.length} of ${recordablePromptIds.length} fixed prompts and all other text fall back${packs.fallback(locale) === 'none' ? ' to silence, as the pack declares' : ''}${unrecorded.length ? `: ${unrecorded.join(', ')}` : ''})`;
          const own = engineVoice ? `${locale} (engine${packPrompts ? ' + recorded pack' : ''})` : packPrompts ? packOnly : null;
          const fallback =
            packs.fallback(locale) === 'none'
              ? 'silence (fallback declared by the pack)'
              : opts.engine?.voiceFor(fallbackLocale) || counts[fallbackLocale]
                ? `${fallbackLocale} (fallback)`
                : 'silence (fallback)';
          return { locale, engineVoice, packPrompts, speaksAs: own ?? fallback, unrecorded };
        }),
        packProblems: packs.problems(),
        recentFallbacks: [...fallbacks],
      };
    },
  };
}

export type VoiceService = ReturnType<typeof createVoiceService>;
