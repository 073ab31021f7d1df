// What the recording page's routes answer (central/routes/voice-recording/routes.ts), for the console.
import type { VoiceLocale } from '../../../shared/voice-locales.ts';
import type { StoredRecording } from '../../voice-recording/recording-store.ts';

export interface VoicePromptView {
  promptId: string;
  recordable: boolean;
  context: { 'zh-CN': string; en: string };
  /** The words in the language (the Chinese where it lacks a translation: textIsChinese). */
  text: string;
  textIsChinese: boolean;
  mandarin: string | null;
  recording: (StoredRecording & { published: boolean }) | null;
}

export interface VoicePromptList {
  locale: VoiceLocale;
  recorded: number;
  recordable: number;
  published: { version: number; issuedAt: string; prompts: number } | null;
  prompts: VoicePromptView[];
}

export interface SavedTake extends StoredRecording {
  locale: VoiceLocale;
  peakDbfs: number;
  trimmedStartMs: number;
  trimmedEndMs: number;
}

export interface PublishedVoicePack {
  locale: VoiceLocale;
  version: number;
  recorded: number;
  recordable: number;
  missing: string[];
}
