// Plays what the core synthesized. The renderer never synthesizes: it asks `speak`, turns the WAV
// bytes (both transports carry them as binary, no base64) into a blob: URL and plays it in one
// <audio> element. Any touch stops the speech; 重听 says the current screen's prompt again. The
// prompt of the screen on top (a dialog over a screen) is the current one; when the dialog closes,
// the screen's prompt is current again (but not re-spoken).
import type { ApiClient } from '../api-client.ts';
import type { VoiceLocale } from '../../shared/voice-locales.ts';

export interface Prompt {
  /** A fixed prompt's id (a recorded pack may have it); dynamic text has none. */
  promptId?: string;
  text: string;
  /** The same in Mandarin, spoken when the resident's language has no voice. */
  fallbackText?: string;
}

export interface VoiceController {
  /** Registers a screen's prompt on top and speaks it; returns the function that removes it. */
  push(prompt: Prompt): { update(prompt: Prompt): void; remove(): void };
  /** Speaks anything (touch-and-hear names a control); it does not become the screen's prompt. */
  say(prompt: Prompt): void;
  replay(): void;
  stop(): void;
  setVolume(percent: number): void;
  /** The <audio> element (hidden, never focusable): tests read its state. */
  readonly audio: HTMLAudioElement;
}

/** The resident's language: the page's lang, which the i18n module sets. */
const pageLocale = (): VoiceLocale => {
  const lang = document.documentElement.lang;
  return lang === 'bo' || lang === 'ug' || lang === 'en' ? lang : 'zh-CN';
};

export function createVoiceController(api: ApiClient): VoiceController {
  const audio = document.createElement('audio');
  audio.id = 'voice-audio';
  audio.preload = 'auto';
  document.body.appendChild(audio);
  const stack: { prompt: Prompt }[] = [];
  let generation = 0;
  let url: string | null = null;

  const stop = () => {
    generation++; // an answer still on its way is dropped
    audio.pause();
    audio.removeAttribute('data-speaking');
  };

  const say = (prompt: Prompt) => {
    stop();
    if (!prompt.text) return; // a screen still loading what it will say
    const mine = generation;
    audio.dataset.text = prompt.text;
    audio.dataset.promptId = prompt.promptId ?? '';
    void api
      .call('speak', { ...prompt, text: prompt.text.slice(0, 200), fallbackText: prompt.fallbackText?.slice(0, 200), locale: pageLocale() })
      .then((clip) => {
        if (mine !== generation) return;
        audio.dataset.source = clip.source;
        audio.dataset.locale = clip.locale;
        if (!clip.audio) return; // no voice for this: silence (diagnostics say why)
        if (url) URL.revokeObjectURL(url);
        url = URL.createObjectURL(new Blob([clip.audio], { type: 'audio/wav' }));
        audio.src = url;
        audio.dataset.speaking = 'true';
        audio.dataset.plays = String(Number(audio.dataset.plays ?? 0) + 1);
        void audio.play().catch(() => audio.removeAttribute('data-speaking'));
      })
      .catch(() => undefined); // link down: the connecting overlay explains; no voice meanwhile
  };
  audio.addEventListener('ended', () => audio.removeAttribute('data-speaking'));

  // Capture phase: the touch stops speech before any button reacts to it.
  document.addEventListener('pointerdown', stop, { capture: true, passive: true });

  return {
    audio,
    push(prompt) {
      const entry = { prompt };
      stack.push(entry);
      say(prompt);
      return {
        update(next) {
          if (next.text === entry.prompt.text) return;
          entry.prompt = next;
          if (stack[stack.length - 1] === entry) say(next);
        },
        remove() {
          const i = stack.indexOf(entry);
          if (i >= 0) stack.splice(i, 1);
        },
      };
    },
    say,
    replay() {
      const top = stack[stack.length - 1];
      if (top) say(top.prompt);
    },
    stop,
    setVolume(percent) {
      audio.volume = Math.min(1, Math.max(0, percent / 100));
    },
  };
}
