// The voice controls on every screen (drawn once by the app frame): 重听 says this screen's prompt
// again, 小声/大声 change the volume for this visit, 点读 turns touch-and-hear on or off.
// 长辈版 keeps one main action per screen, so its bar has only two quiet buttons: 重听 and 声音,
// which opens the volume steps and 点读 in a small panel (voice-sound.tsx).
import { t } from '../i18n/index.ts';
import { useVoice } from '../voice/voice-context.ts';
import { useUiMode } from '../state/ui-mode.ts';
import { BigButton } from './big-button.tsx';
import { SpeakerIcon } from './voice-icons.tsx';
import { SoundButton, SoundControls, type SoundProps } from './voice-sound.tsx';

export type VoiceBarProps = SoundProps;

export function VoiceBar(props: VoiceBarProps) {
  const voice = useVoice();
  const { elderMode } = useUiMode();
  return (
    <nav class="voice-bar" aria-label={t.voiceRead}>
      <BigButton variant={elderMode ? 'quiet' : 'secondary'} icon={<SpeakerIcon waves={2} />} onClick={() => voice?.replay()} class="voice-replay">
        {t.voiceReplay}
      </BigButton>
      {elderMode ? <SoundButton {...props} /> : <SoundControls {...props} />}
    </nav>
  );
}
