// One plain message and a way back: used for services this terminal cannot run, services that
// need the ID card, out-of-service notices and failed calls.
import { BigButton } from '../components/big-button.tsx';
import { CardIllustration } from '../components/card-illustration.tsx';
import { BackIcon, WarningIcon } from '../components/icons.tsx';
import { t } from '../i18n/index.ts';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';

/** Words read from a catalog: the screen shows them from `t`, and the Mandarin voice (for a language
 *  without a voice of its own) speaks the same words from `tZh`, never the resident's script. */
export type Words = (strings: typeof t) => string;

export interface MessageScreenProps {
  title: Words;
  message: Words;
  /** Show where the ID card goes instead of a warning sign (the service needs the card). */
  showCard?: boolean;
  onBack(): void;
}

export function MessageScreen({ title, message, showCard = false, onBack }: MessageScreenProps) {
  useScreenPrompt('screen.message', (s) => s.promptMessage(title(s), message(s)));
  return (
    <div class="screen message-screen">
      <div class="message-box" role="alert">
        {showCard ? <CardIllustration /> : <WarningIcon />}
        <h1 class="message-title">{title(t)}</h1>
        <p class="message-text">{message(t)}</p>
      </div>
      <BigButton main icon={<BackIcon />} onClick={onBack}>
        {t.back}
      </BigButton>
    </div>
  );
}
