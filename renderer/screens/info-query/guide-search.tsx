// Search (field, results while typing, the kiosk's keyboard below) or one category's guides.
// Each keystroke asks the core, which answers from its local index; an answer that arrives after
// a newer keystroke's is dropped, so the list always matches the field.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideCategoryView, GuideSummary } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { BackIcon } from '../../components/icons.tsx';
import { OnScreenKeyboard } from '../../components/on-screen-keyboard.tsx';
import { t } from '../../i18n/index.ts';
import { infoText } from './strings.ts';

/** What the field may hold: the same bound the core checks. */
const MAX_QUERY = 40;

export interface GuideSearchProps {
  /** Browsing one category (no keyboard), or null to search all. */
  category: GuideCategoryView | null;
  query: string;
  onQuery(query: string): void;
  onOpen(guideId: string): void;
  onFailed(message: string): void;
  onBack(): void;
}

export function GuideSearch({ category, query, onQuery, onOpen, onFailed, onBack }: GuideSearchProps) {
  const api = useApi();
  const [found, setFound] = useState<{ guides: GuideSummary[]; total: number } | null>(null);
  const latest = useRef(0);
  const text = category ? '' : query;

  useEffect(() => {
    const ask = ++latest.current;
    api.call('searchGuides', category ? { query: '', categoryId: category.id } : { query: text }).then(
      (result) => ask === latest.current && setFound(result),
      (err: Error) => onFailed(err.message),
    );
  }, [api, text, category?.id]);

  const type = (next: string) => onQuery(next.slice(0, MAX_QUERY));

  return (
    <div class="screen info-search">
      <header class="screen-header">
        <h1 class="greeting">{category ? category.name : infoText.searchGuides}</h1>
        <BigButton variant="quiet" icon={<BackIcon />} onClick={onBack}>
          {t.back}
        </BigButton>
      </header>
      {!category && (
        <div class="info-field" role="searchbox" aria-label={infoText.searchField} aria-readonly="true">
          {text ? <span class="info-field-text">{text}</span> : <span class="info-field-hint">{infoText.searchHint}</span>}
          <span class="info-caret" aria-hidden="true" />
        </div>
      )}
      <div class="info-results">
        {found && (
          <>
            {(text || category) && <p class="lead" role="status">{found.total ? infoText.resultCount(found.guides.length, found.total) : infoText.noResults}</p>}
            <ul class="info-result-list" aria-label={infoText.searchGuides}>
              {found.guides.map((guide) => (
                <li key={guide.id}>
                  <button type="button" class="info-result" onClick={() => onOpen(guide.id)}>
                    <span class="service-name">{guide.name}</span>
                    <span class="service-description">{guide.department}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {!category && (
        <OnScreenKeyboard
          labels={{ keyboard: infoText.keyboard, space: infoText.space, backspace: infoText.backspace, clear: infoText.clear }}
          onKey={(ch) => type(text + ch)}
          onBackspace={() => type([...text].slice(0, -1).join(''))}
          onClear={() => type('')}
        />
      )}
    </div>
  );
}
