// The one interface every speech engine implements, so eSpeak NG can be replaced by a better
// offline engine without touching the voice service, the KioskApi or the renderer.

/** Languages the kiosk's voice knows about (the UI's locales). */
export const voiceLocales = ['zh-CN', 'bo', 'ug', 'en'] as const;
export type VoiceLocale = (typeof voiceLocales)[number];

export interface SpeechEngine {
  /** Shown in diagnostics, e.g. "espeak-ng 1.51". */
  readonly name: string;
  /** The engine's voice for a locale, or null when it cannot speak that language. */
  voiceFor(locale: VoiceLocale): string | null;
  /** A complete RIFF/WAVE file (PCM). Rejects on failure or when `signal` aborts. */
  synthesize(text: string, voice: string, signal: AbortSignal): Promise<Buffer>;
}
