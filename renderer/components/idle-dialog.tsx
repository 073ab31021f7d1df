// The idle warning: the core counts down (it holds the personal data and ends the session);
// this only shows the seconds and offers to continue.
import { useEffect, useRef } from 'preact/hooks';
import { useApi } from '../api-context.ts';
import { t } from '../i18n/index.ts';
import { BigButton } from './big-button.tsx';

export function IdleDialog({ secondsLeft }: { secondsLeft: number }) {
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
        <BigButton onClick={() => void api.call('continueSession', {}).catch(() => {})}>{t.continue}</BigButton>
      </div>
    </div>
  );
}
