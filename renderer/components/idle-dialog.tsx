// The idle warning: the core counts down (it holds the personal data and ends the session);
// this only shows the seconds and offers to continue.
import { useEffect, useRef } from 'preact/hooks';
import { useApi } from '../api-context.ts';
import { t } from '../i18n/index.ts';
import { BigButton } from './big-button.tsx';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';

export function IdleDialog({ secondsLeft }: { secondsLeft: number }) {
  // Said once, with the seconds there were when it appeared (not re-spoken every second).
  const initialSeconds = useRef(secondsLeft);
  useScreenPrompt('screen.idle', (s) => s.promptIdle(initialSeconds.current));
  const api = useApi();
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialogRef.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div class="modal-backdrop">
      <div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" ref={dialogRef}>
        <p id="idle-title" class="modal-title" aria-live="polite">
          {t.idleTitle(secondsLeft)}
        </p>
        <p class="modal-hint">{t.idleHint}</p>
        <BigButton main onClick={() => void api.call('continueSession', {}).catch(() => {})}>{t.continue}</BigButton>
      </div>
    </div>
  );
}
