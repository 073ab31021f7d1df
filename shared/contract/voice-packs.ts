// The `voice-packs` signed document: recorded prompts per language (WAV, base64) with their
// sha256 and length. Signed whole by central, so a kiosk plays only clips central published;
// the sha256 is checked again when a clip is decoded. Recorded packs take precedence over the
// speech engine for these prompt ids, and are the only voice for Tibetan.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { voiceLocales } from '../voice-locales.ts';

/**
 * What a kiosk says for a prompt a pack lacks when its language has no engine voice (Tibetan):
 * Mandarin (the default: the prompt's Mandarin words, which every request carries) or silence,
 * as the community that recorded the pack prefers.
 */
export const packFallbacks = ['zh-CN', 'none'] as const;
export type PackFallback = (typeof packFallbacks)[number];

/** A pack is a few dozen short clips; the whole document stays under central's 8 MB body limit. */
const maxClipBase64 = 1_000_000;

export const voicePacksBodySchema = z
  .strictObject({
    packs: z
      .array(
        z.strictObject({
          locale: z.enum(voiceLocales),
          fallback: z.enum(packFallbacks).optional(),
          prompts: z.record(
            z.string().regex(/^[a-z0-9.-]{1,64}$/, 'a prompt id such as screen.services'),
            z.strictObject({
              sha256: z.string().regex(/^[0-9a-f]{64}$/),
              durationMs: z.number().int().positive().max(120_000),
              /** The WAV file, base64. */
              audio: z.string().min(60).max(maxClipBase64).regex(/^[A-Za-z0-9+/]+=*$/, 'base64'),
            }),
          ),
        }),
      )
      .max(voiceLocales.length),
  })
  .superRefine((body, ctx) => {
    for (const pack of body.packs) {
      for (const [promptId, clip] of Object.entries(pack.prompts)) {
        if (createHash('sha256').update(Buffer.from(clip.audio, 'base64')).digest('hex') !== clip.sha256) {
          ctx.addIssue({ code: 'custom', message: `${pack.locale} ${promptId}: the audio does not match its sha256` });
        }
      }
    }
  });

export type VoicePacksBody = z.infer<typeof voicePacksBodySchema>;
