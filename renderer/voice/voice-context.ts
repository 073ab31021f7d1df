// The app's one voice controller, for screens and the voice bar (null before the app has one:
// components then stay silent rather than fail).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { VoiceController } from './voice-controller.ts';

export const VoiceContext = createContext<VoiceController | null>(null);

export const useVoice = (): VoiceController | null => useContext(VoiceContext);
