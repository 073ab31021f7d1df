// The service's front page: a big search button, the life-event categories central sent, notices.
import { useEffect, useState } from 'preact/hooks';
import type { GuideCategoryView, InfoOverview } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { t } from '../../i18n/index.ts';
import { errorText } from '../../i18n/said.ts';
import { Localized } from '../../i18n/localized.tsx';
import { infoText } from './strings.ts';
import './info-query.css';
import { ChoiceButton, ChoiceList } from '../../components/choice-list.tsx';

export interface InfoHomeProps {
  onSearch(): void;
  onCategory(category: GuideCategoryView): void;
  onNotices(): void;
  onFailed(message: string): void;
  onBack(): void;
}

export function InfoHome({ onSearch, onCategory, onNotices, onFailed, onBack }: InfoHomeProps) {
  const api = useApi();
  const [overview, setOverview] = useState<InfoOverview | null>(null);
  useEffect(() => {
    api.call('infoOverview', {}).then(setOverview, (err: Error) => onFailed(errorText(err)));
  }, [api]);

  return (
    <div class="screen info-home">
      <ScreenHeader title={infoText.title} onBack={onBack} />
      {overview && (
        <>
          <div class="actions info-actions">
            <BigButton main onClick={onSearch} disabled={overview.guideCount === 0}>
              {infoText.searchGuides}
            </BigButton>
            <BigButton variant="secondary" onClick={onNotices}>
              {infoText.noticesCount(overview.noticeCount)}
            </BigButton>
          </div>
          {overview.guideCount === 0 ? (
            <p class="lead">{infoText.noGuides}</p>
          ) : (
            <>
              <h2 class="info-section-title">{infoText.browseByCategory}</h2>
              <ChoiceList class="info-category-grid">
                {overview.categories.map((category) => (
                  <ChoiceButton
                    key={category.id}
                    class="info-category"
                    onClick={() => onCategory(category)}
                    name={<Localized item={category} field="name" />}
                    description={infoText.categoryCount(category.count)}
                  />
                ))}
              </ChoiceList>
            </>
          )}
        </>
      )}
    </div>
  );
}
