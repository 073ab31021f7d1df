// 服务评价: five faces with their words (the contract's levels). 基本满意 and better submit at once;
// 不满意 and 非常不满意 ask why first — at least one reason from the list, as many as apply (each a
// toggle), a few words may be added on the kiosk's keyboard — and cannot be submitted without one.
import { useState } from 'preact/hooks';
import { ratingLevels } from '../../../terminal/rating-levels.ts';
import { badRatingReasons, levelsNeedingReason } from '../../../shared/contract/cases.ts';
import type { RateResult } from '../../../terminal/api.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { CheckIcon, FaceIcon } from '../../components/icons.tsx';
import { Keyboard } from '../../components/keyboard/keyboard.tsx';
import { t } from '../../i18n/index.ts';
import { saidText } from '../../i18n/said.ts';
import type { Say } from '../../../terminal/says/say.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import './rating.css';

const MAX_TEXT = 200;

export interface RatingScreenProps {
  /** What is rated, when the screen should say it (the 服务评价 service); after a ticket it is clear. */
  title?: string;
  /** `reasons`: every reason chosen, in the order chosen (empty for 基本满意 and better). */
  submit(level: number, reasons: string[], reasonText: string | null): Promise<RateResult>;
  onRated(): void;
  onBack(): void;
}

export function RatingScreen({ title, submit, onRated, onBack }: RatingScreenProps) {
  const [saving, setSaving] = useState(false);
  // Kept with its id, so it is drawn in the language of the moment (a failed call's ApiCallError fits too).
  const [error, setError] = useState<{ message: string; say?: Say } | null>(null);
  const [badLevel, setBadLevel] = useState<number | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const toggle = (r: string) => setReasons((chosen) => (chosen.includes(r) ? chosen.filter((c) => c !== r) : [...chosen, r]));
  const [text, setText] = useState('');
  const [typing, setTyping] = useState(false);
  useScreenPrompt(badLevel !== null ? 'screen.rating-reason' : title ? 'screen.rating-levels' : 'screen.rating', (s) => (badLevel !== null ? s.promptRatingReason : title ? s.promptRatingLevels(title) : s.promptRating));

  const send = async (level: number, why: string[], words: string | null) => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const result = await submit(level, why, words);
      if (result.ok) {
        onRated();
        return;
      }
      setError(result);
    } catch (err) {
      setError(err as Error & { say?: Say });
    }
    setSaving(false);
  };
  const choose = (level: number) => {
    if ((levelsNeedingReason as readonly number[]).includes(level)) {
      setBadLevel(level);
      setError(null);
    } else void send(level, [], null);
  };

  const heading = title ? t.ratingFor(title) : t.ratingTitle;
  const levelName = (level: number) => t.ratingLevelNames[level] ?? ratingLevels.find((r) => r.level === level)!.label;
  const errorShown = error && saidText(error.message, error.say);
  if (badLevel !== null) {
    const level = levelName(badLevel);
    return (
      <div class="screen rating rating-reasons">
        <ScreenHeader
          title={t.ratingReasonTitle}
          lead={title ? t.ratingChosenFor(title, level) : t.ratingChosen(level)}
          onBack={() => setBadLevel(null)}
        />
        {/* Toggles, not a radio group: as many reasons as apply (issue 21). */}
        <div class="rating-reason-list" role="group" aria-label={t.ratingReasonTitle}>
          {badRatingReasons.map((r) => (
            <BigButton key={r} variant="secondary" pressed={reasons.includes(r)} onClick={() => toggle(r)}>
              {t.ratingReasonNames[r] ?? r}
            </BigButton>
          ))}
        </div>
        <div class="rating-text" role="textbox" aria-label={t.ratingReasonField} aria-readonly="true" onClick={() => setTyping(true)}>
          {text || <span class="info-field-hint">{t.ratingReasonText}</span>}
        </div>
        {reasons.length === 0 && <p class="service-description">{t.ratingReasonRequired}</p>}
        <div class="actions">
          <BigButton main icon={<CheckIcon />} disabled={reasons.length === 0 || saving} onClick={() => void send(badLevel, reasons, text.trim() || null)}>
            {saving ? t.ratingSaving : t.ratingSubmit}
          </BigButton>
        </div>
        {error && (
          <p class="inline-error" role="alert">
            {errorShown}
          </p>
        )}
        {typing && (
          <Keyboard
            layouts={['pinyin', 'latin', 'digits']}
            onInput={(s) => setText((v) => (v + s).slice(0, MAX_TEXT))}
            onBackspace={() => setText((v) => [...v].slice(0, -1).join(''))}
          />
        )}
      </div>
    );
  }

  return (
    <div class="screen rating">
      <ScreenHeader title={heading} onBack={onBack} />
      <ul class="rating-list">
        {ratingLevels.map(({ level }) => (
          <li key={level}>
            <button type="button" class={`rating-button level-${level}`} disabled={saving} onClick={() => choose(level)}>
              <FaceIcon level={level} />
              <span>{levelName(level)}</span>
            </button>
          </li>
        ))}
      </ul>
      {saving && (
        <p class="lead" role="status">
          {t.ratingSaving}
        </p>
      )}
      {error && (
        <p class="inline-error" role="alert">
          {errorShown}
        </p>
      )}
    </div>
  );
}
