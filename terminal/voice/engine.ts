// The one interface every speech engine implements, so eSpeak NG can be replaced by a better
// offline engine without touching the voice service, the KioskApi or the renderer.
import type { VoiceLocale } from '../../shared/voice-locales.ts';

export interface SpeechEngine {
  /** Shown in diagnostics, e.g. "espeak-ng 1.51". */
  readonly name: string;
  /** The engine's voice for a locale, or null when it cannot speak that language. */
  voiceFor(locale: VoiceLocale): string | null;
  /** A complete RIFF/WAVE file (PCM). Rejects on failure or when `signal` aborts. */
  synthesize(text: string, voice: string, signal: AbortSignal): Promise<Buffer>;
}
