// The kiosk's spoken prompts as the hub's recording page and the kiosk's diagnostics know them:
// generated from the renderer's catalogs (renderer/voice/prompt-catalog-export.ts, `npm run
// voice:prompts`) into prompt-catalog.json, so hub and kiosk read one list without importing the UI.
import { voiceLocales, type VoiceLocale } from '../voice-locales.ts';
import exported from './prompt-catalog.json' with { type: 'json' };

export interface CatalogPrompt {
  promptId: string;
  /** False when the words change each time (a number, a name): such a prompt is never recorded. */
  recordable: boolean;
  /** Where the resident hears it, in the console's two languages. */
  context: { 'zh-CN': string; en: string };
  /** The words per language; null where the language lacks a translation (the kiosk then says the Chinese). */
  text: Record<VoiceLocale, string | null>;
}

export interface PromptCatalog {
  prompts: CatalogPrompt[];
}

export const promptCatalog: PromptCatalog = exported as PromptCatalog;

/** The prompts a voice pack can hold: fixed words, same every time. */
export const recordablePromptIds: readonly string[] = promptCatalog.prompts.filter((p) => p.recordable).map((p) => p.promptId);

export { voiceLocales };
