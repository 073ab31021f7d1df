// The console's recording page (issue 22), for admins: the prompts of a language with their words,
// where they are said and whether they are recorded; one take uploaded at a time (trimmed and
// normalised here, central/voice-recording/process-recording.ts); the language's takes published
// as the signed voice-packs document the kiosks already apply. A refused take changes nothing.
import type { FastifyInstance } from 'fastify';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { voiceLocales, type VoiceLocale } from '../../../shared/voice-locales.ts';
import { promptCatalog, recordablePromptIds } from '../../../shared/voice/prompt-catalog.ts';
import { HttpError, parseOr400 } from '../../http-errors.ts';
import type { Database } from '../../storage/database.ts';
import { principalOf } from '../admin-auth.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { publishSignedDocument } from '../documents.ts';
import { processRecording, RecordingRefused } from '../../voice-recording/process-recording.ts';
import { listRecordings, packOf, publishedPacks, recordingAudio, saveRecording } from '../../voice-recording/recording-store.ts';
import type { PublishedVoicePack, SavedTake, VoicePromptList, VoicePromptView } from './voice-prompt-types.ts';

/** Base64 of a 16-bit WAV: 20 s at 48 kHz stereo is 5.1 MB; the hub's body limit (8 MB) stops anything larger first. */
const uploadSchema = z.strictObject({ audio: z.string().min(1).max(8_000_000).regex(/^[A-Za-z0-9+/]+=*$/, 'base64') });

function localeParam(params: unknown): VoiceLocale {
  const locale = (params as { locale?: string }).locale;
  if (!(voiceLocales as readonly string[]).includes(locale ?? '')) throw new HttpError(404, 'unknown-locale', `no language "${locale}": use ${voiceLocales.join(', ')}`);
  return locale as VoiceLocale;
}

/** A prompt a take may be recorded for: the kiosk speaks it, and its words are the same every time. */
function recordablePrompt(params: unknown): string {
  const promptId = (params as { promptId?: string }).promptId ?? '';
  const listed = promptCatalog.prompts.find((p) => p.promptId === promptId);
  if (!listed) throw new HttpError(404, 'unknown-prompt', `the kiosk speaks no prompt "${promptId}"`);
  if (!listed.recordable) throw new HttpError(409, 'prompt-varies', `${promptId} says a number or a name that changes each time: it keeps the speech engine (or the Mandarin fallback)`);
  return promptId;
}

export function registerVoiceRecordingRoutes(app: FastifyInstance, db: Database, centralKey: KeyObject, now: () => number): void {
  app.get('/v1/admin/voice-prompts/:locale', async (request): Promise<VoicePromptList> => {
    const locale = localeParam(request.params);
    const [takes, published] = await Promise.all([listRecordings(db, locale), publishedPacks(db)]);
    const byPrompt = new Map(takes.map((t) => [t.promptId, t]));
    const inPack = published?.body.packs.find((p) => p.locale === locale)?.prompts ?? {};
    const prompts = promptCatalog.prompts.map((p): VoicePromptView => {
      const take = p.recordable ? byPrompt.get(p.promptId) : undefined;
      return {
        promptId: p.promptId,
        recordable: p.recordable,
        context: p.context,
        text: p.text[locale] ?? p.text['zh-CN'] ?? '',
        textIsChinese: p.text[locale] === null,
        mandarin: p.text['zh-CN'],
        recording: take ? { ...take, published: inPack[p.promptId]?.sha256 === take.sha256 } : null,
      };
    });
    return {
      locale,
      recorded: prompts.filter((p) => p.recording).length,
      recordable: recordablePromptIds.length,
      published: published ? { version: published.version, issuedAt: published.issuedAt, prompts: Object.keys(inPack).length } : null,
      prompts,
    };
  });

  app.put('/v1/admin/voice-prompts/:locale/:promptId/recording', async (request): Promise<SavedTake> => {
    const locale = localeParam(request.params);
    const promptId = recordablePrompt(request.params);
    const { audio } = parseOr400(uploadSchema, request.body, 'recording');
    let processed;
    try {
      processed = processRecording(Buffer.from(audio, 'base64'));
    } catch (err) {
      if (err instanceof RecordingRefused) throw new HttpError(err.code === 'recording-too-long' ? 413 : 400, err.code, err.message);
      throw err;
    }
    const by = principalOf(request).username;
    return db.transaction(async (tx) => {
      const saved = await saveRecording(tx, { locale, promptId, processed, by, at: new Date(now()).toISOString() });
      await recordAudit(tx, request, { action: 'voice.record', target: { kind: 'voice-prompt', id: `${locale}/${promptId}` }, after: { durationMs: saved.durationMs, sha256: saved.sha256 } });
      const { rmsDbfs, peakDbfs, trimmedStartMs, trimmedEndMs } = processed;
      return { locale, ...saved, rmsDbfs, peakDbfs, trimmedStartMs, trimmedEndMs };
    });
  });

  // The processed take, for the page's ▶ (what the kiosk will play, not what the microphone gave).
  app.get('/v1/admin/voice-prompts/:locale/:promptId/recording', async (request, reply) => {
    const locale = localeParam(request.params);
    const promptId = recordablePrompt(request.params);
    const wav = await recordingAudio(db, locale, promptId);
    if (!wav) throw new HttpError(404, 'not-recorded', `${promptId} has no ${locale} recording yet`);
    return reply.type('audio/wav').header('cache-control', 'no-store').send(wav);
  });

  app.post('/v1/admin/voice-prompts/:locale/publish', async (request): Promise<PublishedVoicePack> => {
    const locale = localeParam(request.params);
    const pack = await packOf(db, locale, recordablePromptIds);
    const recorded = Object.keys(pack.prompts);
    if (recorded.length === 0) throw new HttpError(409, 'nothing-recorded', `no ${locale} prompt is recorded yet: record at least one before publishing`);
    // The other languages' packs stay as last published.
    const others = (await publishedPacks(db))?.body.packs.filter((p) => p.locale !== locale) ?? [];
    const published = await publishSignedDocument(db, request, centralKey, 'voice-packs', { packs: [...others, pack] });
    return {
      locale,
      version: published.version,
      recorded: recorded.length,
      recordable: recordablePromptIds.length,
      // These keep falling back on the kiosk (its diagnostics list them too).
      missing: recordablePromptIds.filter((id) => !recorded.includes(id)),
    };
  });
}
