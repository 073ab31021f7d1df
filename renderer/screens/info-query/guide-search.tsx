// Search (field, results while typing, the kiosk's keyboard below) or one category's guides.
// Each keystroke asks the core, which answers from its local index; an answer that arrives after
// a newer keystroke's is dropped, so the list always matches the field.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideCategoryView, GuideSummary } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { Keyboard } from '../../components/keyboard/keyboard.tsx';
import { t } from '../../i18n/index.ts';
import { errorText } from '../../i18n/said.ts';
import { Localized } from '../../i18n/localized.tsx';
import { infoText } from './strings.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { ListRow } from '../../components/list-row.tsx';

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
  useScreenPrompt('screen.info-search', (s) => s.promptInfoSearch);
  const api = useApi();
  const [found, setFound] = useState<{ guides: GuideSummary[]; total: number } | null>(null);
  const latest = useRef(0);
  const text = category ? '' : query;

  useEffect(() => {
    const ask = ++latest.current;
    api.call('searchGuides', category ? { query: '', categoryId: category.id } : { query: text }).then(
      (result) => ask === latest.current && setFound(result),
      (err: Error) => onFailed(errorText(err)),
    );
  }, [api, text, category?.id]);

  // The text as typed so far, ahead of the next render: a word and a mark after it arrive together.
  const typed = useRef(text);
  typed.current = text;
  const type = (next: string) => {
    typed.current = [...next].slice(0, MAX_QUERY).join('');
    onQuery(typed.current);
  };

  return (
    <div class="screen info-search">
      <ScreenHeader title={category ? category.name : infoText.searchGuides} onBack={onBack} />
      {!category && (
        <div class="info-field" role="searchbox" aria-label={infoText.searchField} aria-readonly="true">
          {text ? <span class="info-field-text">{text}</span> : <span class="info-field-hint">{infoText.searchHint}</span>}
          <span class="info-caret" aria-hidden="true" />
        </div>
      )}
      <div class="info-results">
        {found && (
          <>
            {(text || category) && <p class="lead" role="status">{found.total ? found.guides.length < found.total ? infoText.resultCountTruncated(found.guides.length, found.total) : infoText.resultCount(found.total) : infoText.noResults}</p>}
            <ul class="info-result-list" aria-label={infoText.searchGuides}>
              {found.guides.map((guide) => (
                <li key={guide.id}>
                  <ListRow stacked class="info-result" onClick={() => onOpen(guide.id)}>
                    <span class="service-name">
                      <Localized item={guide} field="name" />
                    </span>
                    <span class="service-description">{guide.department}</span>
                  </ListRow>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {!category && (
        // Letters first: the search matches pinyin and initials as typed (ylbx), results appear
        // with each letter; 拼音 is there for those who would rather pick the characters.
        <Keyboard
          layouts={['latin', 'pinyin']}
          onInput={(more) => type(typed.current + more)}
          onBackspace={() => type([...typed.current].slice(0, -1).join(''))}
          onClear={() => type('')}
        />
      )}
    </div>
  );
}
