// Builds shared/voice/prompt-catalog.json from the renderer's own catalogs: each listed prompt's
// words in every language, and whether it can be recorded. A prompt whose message takes arguments
// (a ticket number, a service's name) changes each time it is said: a recording would say the
// wrong number, so only fixed messages are recordable; the others keep the engine or the fallback.
import { isIcuMessage } from '../../shared/icu-message.ts';
import { voiceLocales, type VoiceLocale } from '../../shared/voice-locales.ts';
import { translationAt } from '../i18n/translations.ts';
import { voiceZhCN } from '../i18n/zh-CN/voice.ts';
import { listedPrompts } from './prompt-list.ts';
import type { PromptCatalog } from '../../shared/voice/prompt-catalog.ts';

export function exportPromptCatalog(): PromptCatalog {
  return {
    prompts: listedPrompts.map(({ promptId, key, context }) => {
      const source = voiceZhCN[key] as unknown;
      const zh = isIcuMessage(source) ? source.icu : String(source);
      const text = Object.fromEntries(
        voiceLocales.map((locale: VoiceLocale) => {
          const own = locale === 'zh-CN' ? zh : translationAt(locale, [key]);
          return [locale, typeof own === 'string' ? own : null];
        }),
      ) as PromptCatalog['prompts'][number]['text'];
      return { promptId, recordable: !isIcuMessage(source), context, text };
    }),
  };
}
