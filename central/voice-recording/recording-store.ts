// The recording page's takes, one per language and prompt (a new take replaces the old), and the
// voice packs central last published, which a new publication keeps for the other languages.
import { voicePacksBodySchema, type VoicePacksBody } from '../../shared/contract/voice-packs.ts';
import type { VoiceLocale } from '../../shared/voice-locales.ts';
import { isoOf, type Queryable } from '../storage/database.ts';
import type { ProcessedRecording } from './process-recording.ts';

export interface StoredRecording {
  promptId: string;
  sha256: string;
  durationMs: number;
  rmsDbfs: number;
  recordedBy: string;
  recordedAt: string;
}

interface RecordingRow {
  prompt_id: string;
  sha256: string;
  duration_ms: number;
  rms_dbfs: number;
  recorded_by: string;
  recorded_at: unknown;
}

const fromRow = (row: RecordingRow): StoredRecording => ({
  promptId: row.prompt_id,
  sha256: row.sha256,
  durationMs: Number(row.duration_ms),
  rmsDbfs: Number(row.rms_dbfs),
  recordedBy: row.recorded_by,
  recordedAt: isoOf(row.recorded_at),
});

export async function saveRecording(q: Queryable, take: { locale: VoiceLocale; promptId: string; processed: ProcessedRecording; by: string; at: string }): Promise<StoredRecording> {
  const { processed } = take;
  const rows = await q.query<RecordingRow>(
    `INSERT INTO voice_recordings (locale, prompt_id, audio_base64, sha256, duration_ms, rms_dbfs, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)
     ON CONFLICT (locale, prompt_id) DO UPDATE SET audio_base64 = EXCLUDED.audio_base64, sha256 = EXCLUDED.sha256,
       duration_ms = EXCLUDED.duration_ms, rms_dbfs = EXCLUDED.rms_dbfs, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at
     RETURNING prompt_id, sha256, duration_ms, rms_dbfs, recorded_by, recorded_at`,
    [take.locale, take.promptId, processed.wav.toString('base64'), processed.sha256, processed.durationMs, processed.rmsDbfs, take.by, take.at],
  );
  return fromRow(rows[0]!);
}

export async function listRecordings(q: Queryable, locale: VoiceLocale): Promise<StoredRecording[]> {
  const rows = await q.query<RecordingRow>(
    'SELECT prompt_id, sha256, duration_ms, rms_dbfs, recorded_by, recorded_at FROM voice_recordings WHERE locale = $1 ORDER BY prompt_id',
    [locale],
  );
  return rows.map(fromRow);
}

export async function recordingAudio(q: Queryable, locale: VoiceLocale, promptId: string): Promise<Buffer | null> {
  const rows = await q.query<{ audio_base64: string }>('SELECT audio_base64 FROM voice_recordings WHERE locale = $1 AND prompt_id = $2', [locale, promptId]);
  return rows[0] ? Buffer.from(rows[0].audio_base64, 'base64') : null;
}

/** The pack as the voice-packs document carries it: every take of the language among `promptIds`. */
export async function packOf(q: Queryable, locale: VoiceLocale, promptIds: readonly string[]): Promise<VoicePacksBody['packs'][number]> {
  const rows = await q.query<{ prompt_id: string; audio_base64: string; sha256: string; duration_ms: number }>(
    'SELECT prompt_id, audio_base64, sha256, duration_ms FROM voice_recordings WHERE locale = $1 ORDER BY prompt_id',
    [locale],
  );
  const prompts: VoicePacksBody['packs'][number]['prompts'] = {};
  for (const row of rows) {
    if (promptIds.includes(row.prompt_id)) prompts[row.prompt_id] = { sha256: row.sha256, durationMs: Number(row.duration_ms), audio: row.audio_base64 };
  }
  return { locale, prompts };
}

export interface PublishedPacks {
  version: number;
  issuedAt: string;
  body: VoicePacksBody;
}

/** The latest published voice-packs document, or null before the first. */
export async function publishedPacks(q: Queryable): Promise<PublishedPacks | null> {
  const rows = await q.query<{ version: number; signed: string }>("SELECT version, signed FROM documents WHERE kind = 'voice-packs' ORDER BY version DESC LIMIT 1");
  if (!rows[0]) return null;
  const signed = (typeof rows[0].signed === 'string' ? JSON.parse(rows[0].signed) : rows[0].signed) as { document: { issuedAt: string; body: unknown } };
  return { version: Number(rows[0].version), issuedAt: signed.document.issuedAt, body: voicePacksBodySchema.parse(signed.document.body) };
}
