// The screen nobody is using: where to put the ID card, and a way in without one. When the
// reader is out, it says so and the no-card path becomes the main action. In 长辈版 the card
// instruction itself is the main action: the one filled button says where the card goes, and a
// tap says it aloud again (an elder who taps the big button instead of placing the card is told
// what to do, not sent elsewhere).
import { useState } from 'preact/hooks';
import type { KioskStatus, SessionView } from '../../terminal/api.ts';
import { useApi } from '../api-context.ts';
import { BigButton } from '../components/big-button.tsx';
import { CardIllustration } from '../components/card-illustration.tsx';
import { ElderIcon, IdCardIcon, ServiceIcon, WarningIcon } from '../components/icons.tsx';
import { t } from '../i18n/index.ts';
import { Localized } from '../i18n/localized.tsx';
import { LanguagePicker } from '../components/language-picker.tsx';
import type { Locale } from '../../shared/locales.ts';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';
import { useVoice } from '../voice/voice-context.ts';

export interface AttractScreenProps {
  status: KioskStatus;
  /** A placed card is being read right now. */
  readingCard: boolean;
  elderMode: boolean;
  onToggleElder(): void;
  locale: Locale;
  onChooseLocale(locale: Locale): void;
  onSessionStarted(session: SessionView): void;
}

export function AttractScreen({ status, readingCard, elderMode, onToggleElder, locale, onChooseLocale, onSessionStarted }: AttractScreenProps) {
  const api = useApi();
  const voice = useVoice();
  const [starting, setStarting] = useState(false);
  const reader = status.devices.cardReader.state;
  const readerOut = reader === 'disconnected' || reader === 'error';
  useScreenPrompt(readerOut ? 'screen.attract-reader-out' : 'screen.attract', (s) => (readerOut ? s.promptAttractReaderOut : s.promptAttract));

  const browse = async () => {
    if (starting) return;
    setStarting(true);
    try {
      onSessionStarted(await api.call('startAnonymousSession', {}));
    } catch {
      setStarting(false); // link dropped: the connecting overlay explains; they can tap again
    }
  };

  return (
    <div class="screen attract">
      <header class="attract-header">
        {/* The hall's name is a proper name: it may stay in Chinese on any language's screen. */}
        <h1 class="site-name" data-proper-name="">
          <Localized item={status.site} field="name" />
        </h1>
        <BigButton variant="quiet" icon={<ElderIcon />} pressed={elderMode} onClick={onToggleElder} class="elder-toggle">
          {t.elderMode}
        </BigButton>
      </header>
      <LanguagePicker locale={locale} onChoose={onChooseLocale} />
      {readerOut ? (
        <div class="attract-main">
          <div class="reader-out" role="status">
            <WarningIcon />
            <p class="prompt">{t.readerOutOfService}</p>
          </div>
          <p class="prompt-hint">{t.readerOutOfServiceHint}</p>
        </div>
      ) : readingCard ? (
        <div class="attract-main" role="status">
          <CardIllustration reading />
          <p class="prompt">{t.readingCard}</p>
          <p class="prompt-hint">{t.readingCardHint}</p>
        </div>
      ) : (
        <div class="attract-main">
          <CardIllustration />
          {elderMode ? (
            <BigButton main icon={<IdCardIcon />} onClick={() => voice?.replay()} class="place-card-action">
              {t.placeCard}
            </BigButton>
          ) : (
            <p class="prompt">{t.placeCard}</p>
          )}
          <p class="prompt-hint">{t.placeCardHint}</p>
        </div>
      )}
      <BigButton
        variant={readerOut ? 'primary' : 'secondary'}
        main={readerOut}
        icon={<ServiceIcon kind="info-query" />}
        onClick={() => void browse()}
        disabled={starting}
        class="browse-button"
      >
        {t.browseWithoutCard}
      </BigButton>
    </div>
  );
}
