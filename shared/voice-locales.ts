// The languages the kiosk's voice knows about (the UI's locales). The hub checks a recorded voice
// pack's language against the same list the kiosk's speech engine answers for.

export const voiceLocales = ['zh-CN', 'bo', 'ug', 'en'] as const;
export type VoiceLocale = (typeof voiceLocales)[number];
