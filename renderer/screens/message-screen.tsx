// One plain message and a way back: used for services this terminal cannot run, services that
// need the ID card, out-of-service notices and failed calls.
import { BigButton } from '../components/big-button.tsx';
import { CardIllustration } from '../components/card-illustration.tsx';
import { BackIcon, WarningIcon } from '../components/icons.tsx';
import { t, tZh } from '../i18n/index.ts';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';

export interface MessageScreenProps {
  title: string;
  message: string;
  /** Show where the ID card goes instead of a warning sign (the service needs the card). */
  showCard?: boolean;
  /** The same words in Chinese, for the Mandarin voice where the resident's language has none
   *  (Tibetan today): without them it would be given Tibetan text it cannot say. */
  inChinese?: { title: string; message: string };
  onBack(): void;
}

export function MessageScreen({ title, message, inChinese, showCard = false, onBack }: MessageScreenProps) {
  useScreenPrompt('screen.message', (s) => (s === tZh && inChinese ? s.promptMessage(inChinese.title, inChinese.message) : s.promptMessage(title, message)));
  return (
    <div class="screen message-screen">
      <div class="message-box" role="alert">
        {showCard ? <CardIllustration /> : <WarningIcon />}
        <h1 class="message-title">{title}</h1>
        <p class="message-text">{message}</p>
      </div>
      <BigButton main icon={<BackIcon />} onClick={onBack}>
        {t.back}
      </BigButton>
    </div>
  );
}
