// After a rating: thanks, then back to the start on its own (or at once on 完成).
import { useEffect, useState } from 'preact/hooks';
import { BigButton } from '../components/big-button.tsx';
import { CheckIcon } from '../components/icons.tsx';
import { t } from '../i18n/index.ts';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';

export function ThanksScreen({ seconds, onDone }: { seconds: number; onDone(): void }) {
  useScreenPrompt('screen.thanks', (s) => s.promptThanks);
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) {
      onDone();
      return;
    }
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return (
    <div class="screen thanks">
      <div class="thanks-box">
        <CheckIcon />
        <h1 class="thanks-title">{t.thanksForRating}</h1>
        <p class="lead">{t.autoReturn(Math.max(left, 0))}</p>
      </div>
      <BigButton main onClick={onDone}>{t.done}</BigButton>
    </div>
  );
}
