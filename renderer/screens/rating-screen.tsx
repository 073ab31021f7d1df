// 服务评价: five faces with their words, straight from the contract's rating levels.
import { useState } from 'preact/hooks';
import { ratingLevels } from '../../terminal/rating-levels.ts';
import { useApi } from '../api-context.ts';
import { BigButton } from '../components/big-button.tsx';
import { BackIcon, FaceIcon } from '../components/icons.tsx';
import { t } from '../i18n/index.ts';

export interface RatingScreenProps {
  transactionId: string;
  onRated(): void;
  onBack(): void;
}

export function RatingScreen({ transactionId, onRated, onBack }: RatingScreenProps) {
  const api = useApi();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const rate = async (level: number) => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await api.call('rateTransaction', { transactionId, level });
      onRated();
    } catch (err) {
      setError((err as Error).message);
      setSaving(false);
    }
  };

  return (
    <div class="screen rating">
      <header class="screen-header">
        <h1 class="greeting">{t.ratingTitle}</h1>
        <BigButton variant="quiet" icon={<BackIcon />} onClick={onBack}>
          {t.back}
        </BigButton>
      </header>
      <ul class="rating-list">
        {ratingLevels.map(({ level, label }) => (
          <li key={level}>
            <button type="button" class={`rating-button level-${level}`} disabled={saving} onClick={() => void rate(level)}>
              <FaceIcon level={level} />
              <span>{label}</span>
            </button>
          </li>
        ))}
      </ul>
      {saving && <p class="lead" role="status">{t.ratingSaving}</p>}
      {error && (
        <p class="inline-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
