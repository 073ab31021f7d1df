// What the hall display says for a call (issue 25). The number is read as its letter and its
// digits one by one ("A 零一二", as halls call it, never "A twelve"), the window as a number: the
// Mandarin path (terminal/voice/mandarin-pinyin.ts) reads a letter-and-digit code so, and eSpeak's
// pinyin voice names the letter the Chinese way (A → ēi).
import type { VoiceLocale } from '../../../shared/voice-locales.ts';

export function callSentence(number: string, counterNumber: number, locale: VoiceLocale): string {
  switch (locale) {
    case 'en':
      return `Number ${[...number].join(' ')}, please go to counter ${counterNumber}.`;
    case 'ug':
      return `${number} نومۇرلۇق، ${counterNumber} نومۇرلۇق كۆزنەككە بېرىڭ.`;
    default:
      return `请 ${number} 号到 ${counterNumber} 号窗口办理`;
  }
}
