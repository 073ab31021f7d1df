// Recorded prompt packs: per language, audio files plus a manifest. They take precedence over the
// engine for the fixed prompts, and are the only voice for Tibetan. A file whose sha256 does not
// match the manifest is never played (a half-copied or tampered pack must not speak garbage).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { voiceLocales, type VoiceLocale } from '../../shared/voice-locales.ts';
import { readWav } from './wav.ts';
import { packFallbacks, type PackFallback, type VoicePacksBody } from '../../shared/contract/voice-packs.ts';

export const promptPackManifestSchema = z.strictObject({
  locale: z.enum(voiceLocales),
  /** What a prompt the pack lacks falls back to (shared/contract/voice-packs.ts); default Mandarin. */
  fallback: z.enum(packFallbacks).optional(),
  /** promptId → the clip; file names are plain names inside the pack's folder. */
  prompts: z.record(
    z.string().regex(/^[a-z0-9.-]{1,64}$/, 'a prompt id such as screen.services'),
    z.strictObject({
      file: z.string().regex(/^[A-Za-z0-9_.-]{1,100}\.wav$/, 'a .wav file name in the pack folder'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      durationMs: z.number().int().positive().max(120_000),
    }),
  ),
});
export type PromptPackManifest = z.infer<typeof promptPackManifestSchema>;

export interface PromptPacks {
  /** The recorded clip for a fixed prompt, or null. */
  clip(locale: VoiceLocale, promptId: string): Buffer | null;
  /** How many usable prompts each locale's pack has (for diagnostics). */
  counts(): Partial<Record<VoiceLocale, number>>;
  /** Why a pack or a clip was refused, for diagnostics. */
  problems(): string[];
  /** The fallback a locale's pack declares, if any. */
  fallback(locale: VoiceLocale): PackFallback | undefined;
}

/** Packs from central's signed `voice-packs` document (already verified and parsed). */
export function packsFromDocument(body: VoicePacksBody): PromptPacks {
  const clips = new Map<string, Buffer>();
  const counts: Partial<Record<VoiceLocale, number>> = {};
  const problems: string[] = [];
  const fallbacks: Partial<Record<VoiceLocale, PackFallback>> = {};
  for (const pack of body.packs) {
    if (pack.fallback) fallbacks[pack.locale] = pack.fallback;
    let count = 0;
    for (const [promptId, clip] of Object.entries(pack.prompts)) {
      const bytes = Buffer.from(clip.audio, 'base64');
      try {
        if (createHash('sha256').update(bytes).digest('hex') !== clip.sha256) throw new Error('sha256 does not match');
        readWav(bytes);
        clips.set(`${pack.locale}\u0000${promptId}`, bytes);
        count++;
      } catch (err) {
        problems.push(`central pack ${pack.locale}: ${promptId} refused (${(err as Error).message})`);
      }
    }
    counts[pack.locale] = count;
  }
  return {
    clip: (locale, promptId) => clips.get(`${locale}\u0000${promptId}`) ?? null,
    counts: () => ({ ...counts }),
    problems: () => [...problems],
    fallback: (locale) => fallbacks[locale],
  };
}

/** Central's packs first, then the local folder's. */
export function combinePacks(first: PromptPacks, second: PromptPacks): PromptPacks {
  return {
    clip: (locale, promptId) => first.clip(locale, promptId) ?? second.clip(locale, promptId),
    counts: () => {
      const a = first.counts();
      const b = second.counts();
      const out: Partial<Record<VoiceLocale, number>> = { ...b };
      for (const [locale, n] of Object.entries(a) as [VoiceLocale, number][]) out[locale] = Math.max(n, b[locale] ?? 0);
      return out;
    },
    problems: () => [...first.problems(), ...second.problems()],
    fallback: (locale) => first.fallback(locale) ?? second.fallback(locale),
  };
}

/**
 * Loads every `<dir>/<locale>/manifest.json`. Clips are verified once, at load, and kept in memory
 * (a pack is a few dozen short clips).
 */
export function loadPromptPacks(dir: string | null): PromptPacks {
  const clips = new Map<string, Buffer>();
  const counts: Partial<Record<VoiceLocale, number>> = {};
  const problems: string[] = [];
  const fallbacks: Partial<Record<VoiceLocale, PackFallback>> = {};
  const folders = dir && existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const folder of folders) {
    const manifestPath = join(dir!, folder.name, 'manifest.json');
    if (!existsSync(manifestPath)) continue;
    let manifest: PromptPackManifest;
    try {
      manifest = promptPackManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    } catch (err) {
      problems.push(`pack ${folder.name}: manifest refused (${(err as Error).message.slice(0, 200)})`);
      continue;
    }
    if (manifest.fallback) fallbacks[manifest.locale] = manifest.fallback;
    let count = 0;
    for (const [promptId, entry] of Object.entries(manifest.prompts)) {
      try {
        const bytes = readFileSync(join(dir!, folder.name, entry.file));
        if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) throw new Error('sha256 does not match the manifest');
        readWav(bytes);
        clips.set(`${manifest.locale}\u0000${promptId}`, bytes);
        count++;
      } catch (err) {
        problems.push(`pack ${manifest.locale}: ${promptId} refused (${(err as Error).message})`);
      }
    }
    counts[manifest.locale] = count;
  }
  return {
    clip: (locale, promptId) => clips.get(`${locale}\u0000${promptId}`) ?? null,
    counts: () => ({ ...counts }),
    problems: () => [...problems],
    fallback: (locale) => fallbacks[locale],
  };
}
