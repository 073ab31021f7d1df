// The front page of 议题公告: 党务公开, 村务/居务公开 and 财务公开 with their documents (newest
// first, with dates), then the topics with their state. Readable without a card.
import { useEffect, useState } from 'preact/hooks';
import type { MattersOverview } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { ScrollPager } from '../../components/scroll-pager.tsx';
import { t } from '../../i18n/index.ts';
import { errorText, saidText } from '../../i18n/said.ts';
import { Localized } from '../../i18n/localized.tsx';
import { formatDay } from './dates.ts';
import { mattersText } from './strings.ts';
import './public-matters.css';
import { ListRow } from '../../components/list-row.tsx';

export interface MattersHomeProps {
  onDocument(documentId: string): void;
  onTopic(topicId: string): void;
  onFailed(message: string): void;
  onBack(): void;
}

export function MattersHome({ onDocument, onTopic, onFailed, onBack }: MattersHomeProps) {
  const api = useApi();
  const [overview, setOverview] = useState<MattersOverview | null>(null);
  useEffect(() => {
    api.call('mattersOverview', {}).then(setOverview, (err: Error) => onFailed(errorText(err)));
  }, [api]);

  return (
    <div class="screen matters-home">
      <ScreenHeader title={mattersText.title} onBack={onBack} />
      {overview && (
        <ScrollPager>
          <h2 class="matters-heading">{mattersText.topics}</h2>
          {overview.topics.length === 0 && <p class="lead">{mattersText.noTopics}</p>}
          <ul class="matters-list" aria-label={mattersText.topics}>
            {overview.topics.map((topic) => (
              <li key={topic.id}>
                <ListRow class="matters-item" onClick={() => onTopic(topic.id)}>
                  <span class="service-name">
                    <Localized item={topic} field="question" />
                  </span>
                  <span class={`matters-state ${topic.state}`}>{mattersText.state[topic.state]}</span>
                </ListRow>
              </li>
            ))}
          </ul>
          <h2 class="matters-heading">{mattersText.openness}</h2>
          {overview.sections.map((section) => (
            <section key={section.section} aria-label={saidText(section.label, section.labelSay)} class="matters-section">
              <h3 class="matters-section-title">{saidText(section.label, section.labelSay)}</h3>
              {section.documents.length === 0 ? (
                <p class="service-description">{mattersText.noDocuments}</p>
              ) : (
                <ul class="matters-list">
                  {section.documents.map((doc) => (
                    <li key={doc.id}>
                      <ListRow class="matters-item" onClick={() => onDocument(doc.id)}>
                        <span class="service-name">
                          <Localized item={doc} field="title" />
                        </span>
                        <span class="service-description">{mattersText.publishedOn(formatDay(doc.publishedAt))}</span>
                      </ListRow>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </ScrollPager>
      )}
    </div>
  );
}
