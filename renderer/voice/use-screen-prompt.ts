// Every screen says where the resident is and what to do, with one line:
//
//     useScreenPrompt('screen.services', (s) => s.promptServices);
//     useScreenPrompt('screen.ticket', (s) => s.promptTicket(spellOut(ticket.ticketNumber), ticket.queueName));
//
// `pick` reads the prompt from a strings catalog: once from the resident's language (t) and once
// from Mandarin, which is spoken when that language has no voice. It is spoken when the screen
// appears and again whenever its text changes (dynamic content); 重听 repeats it.
import { useEffect, useRef } from 'preact/hooks';
import { t, tZh } from '../i18n/index.ts';
import { useVoice } from './voice-context.ts';

export function useScreenPrompt(promptId: string, pick: (strings: typeof t) => string): void {
  const voice = useVoice();
  const text = pick(t);
  const fallbackText = pick(tZh);
  const handle = useRef<ReturnType<NonNullable<typeof voice>['push']> | null>(null);
  useEffect(() => {
    if (!voice) return;
    handle.current = voice.push({ promptId, text, fallbackText });
    return () => {
      handle.current?.remove();
      handle.current = null;
    };
    // Registered once per screen; text changes go through update below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [voice, promptId]);
  useEffect(() => {
    handle.current?.update({ promptId, text, fallbackText });
  }, [text]);
}
