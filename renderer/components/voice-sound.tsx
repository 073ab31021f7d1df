// 长辈版's 声音 button: one quiet button in the voice bar instead of three, so the screen's main
// action stays the only prominent one. It opens a small panel over the bottom of the screen with
// 小声/大声 and 点读; the panel closes by itself after a while untouched, on a touch anywhere
// outside it (the resident has moved on), or with 声音 again.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { BigButton } from './big-button.tsx';
import { HandIcon, SpeakerIcon } from './voice-icons.tsx';

export interface SoundProps {
  volume: number;
  onVolume(percent: number): void;
  touchAndHear: boolean;
  onTouchAndHear(on: boolean): void;
  /** How long 长辈版's 声音 panel stays open untouched (pace.ts). */
  panelMs: number;
}

export function SoundButton(props: SoundProps) {
  const [open, setOpen] = useState(false);
  const [touched, setTouched] = useState(0);
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    // Untouched for panelMs: put away, so nothing lingers over the screen.
    const timer = setTimeout(() => setOpen(false), props.panelMs);
    const outside = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !ref.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside, { capture: true });
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', outside, { capture: true });
    };
  }, [open, touched, props.panelMs]);

  return (
    <span class="voice-sound" ref={ref} onPointerDown={() => setTouched((n) => n + 1)}>
      {/* data-voice-direct: with 点读 on, 声音 still opens at once, so 点读 can always be turned off. */}
      <button type="button" data-voice-direct class="big-button quiet voice-sound-button" aria-expanded={open ? 'true' : 'false'} aria-controls={open ? 'voice-sound-panel' : undefined} onClick={() => setOpen(!open)}>
        <SpeakerIcon waves={1} />
        <span class="big-button-text">{t.voiceSound}</span>
        {/* 点读 stays visible while on, though its switch is in the panel. */}
        {props.touchAndHear && <HandIcon />}
      </button>
      {open && (
        <div id="voice-sound-panel" class="voice-sound-panel" role="group" aria-label={t.voiceSound}>
          <SoundControls {...props} />
        </div>
      )}
    </span>
  );
}

const step = 20;

/** 小声, the level, 大声 and 点读: in the bar itself, or in 长辈版's 声音 panel. */
export function SoundControls({ volume, onVolume, touchAndHear, onTouchAndHear }: SoundProps) {
  return (
    <>
      <BigButton variant="quiet" icon={<SpeakerIcon waves={0} />} onClick={() => onVolume(Math.max(0, volume - step))} disabled={volume <= 0} class="voice-volume-down">
        {t.volumeDown}
      </BigButton>
      <span class="voice-volume" role="status">
        {t.volumeLevel(volume)}
      </span>
      <BigButton variant="quiet" icon={<SpeakerIcon waves={2} />} onClick={() => onVolume(Math.min(100, volume + step))} disabled={volume >= 100} class="voice-volume-up">
        {t.volumeUp}
      </BigButton>
      <span data-voice-direct>
        <BigButton variant="quiet" icon={<HandIcon />} pressed={touchAndHear} onClick={() => onTouchAndHear(!touchAndHear)} class="voice-touch-and-hear">
          {t.touchAndHear}
        </BigButton>
      </span>
    </>
  );
}
