// The 服务评价 service from the services list: pick what to rate — this visit's items, the cases
// the resident was shown, or a counter visit by its ticket — then the five levels.
import { useEffect, useState } from 'preact/hooks';
import type { RatingItem, ServiceView } from '../../../terminal/api.ts';
import type { RatingTarget } from '../../../shared/contract/cases.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { t } from '../../i18n/index.ts';
import { errorText } from '../../i18n/said.ts';
import { caseTitle } from '../../components/case-title.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { RatingScreen } from './rating-screen.tsx';
import { TicketEntry } from './ticket-entry.tsx';
import './rating.css';
import { ListRow } from '../../components/list-row.tsx';

type Stage = { name: 'pick' } | { name: 'ticket' } | { name: 'rate'; target: RatingTarget; title: string };

export interface RatingServiceScreenProps {
  services: ServiceView[];
  /** Opens straight on this target (e.g. "评价这件办件" from a case). */
  initial?: RatingTarget;
  onRated(): void;
  onBack(): void;
}

/** What the resident recognises, a demand's category in their language. */
const titleOf = (item: RatingItem) => (item.case ? t.ratingCaseTitle(caseTitle(item.case), item.case.formattedCaseNumber) : item.title);

/** The pick list's prompt, in its own component: the ticket and rating screens under this one speak theirs. */
function PickPrompt() {
  useScreenPrompt('screen.rating-pick', (s) => s.promptRatingPick);
  return null;
}

export function RatingServiceScreen({ services, initial, onRated, onBack }: RatingServiceScreenProps) {
  const api = useApi();
  const [items, setItems] = useState<RatingItem[] | null>(null);
  const [stage, setStage] = useState<Stage>(initial ? { name: 'rate', target: initial, title: '' } : { name: 'pick' });
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('ratingTargets', {}).then(
      (r) => {
        setItems(r.items);
        if (initial) {
          const known = r.items.find((i) => JSON.stringify(i.target) === JSON.stringify(initial));
          if (known) setStage({ name: 'rate', target: initial, title: titleOf(known) });
        }
      },
      (err: Error) => setError(err),
    );
  }, [api]);
  const prefixes = services.flatMap((s) => s.queues?.map((q) => q.prefix) ?? []);

  if (stage.name === 'ticket') {
    return (
      <TicketEntry
        prefixes={[...new Set(prefixes)]}
        onBack={() => setStage({ name: 'pick' })}
        onDone={(ticket) => setStage({ name: 'rate', target: { type: 'ticket', ...ticket }, title: ticket.ticketNumber })}
      />
    );
  }
  if (stage.name === 'rate') {
    return (
      <RatingScreen
        title={stage.title || undefined}
        submit={(level, reasons, reasonText) => api.call('rate', { target: stage.target, level, reasons, reasonText })}
        onRated={onRated}
        onBack={() => (initial ? onBack() : setStage({ name: 'pick' }))}
      />
    );
  }
  const section = (label: string, list: RatingItem[]) =>
    list.length > 0 && (
      <>
        <h2 class="rating-heading">{label}</h2>
        <ul class="rating-items" aria-label={label}>
          {list.map((item) => (
            <li key={JSON.stringify(item.target)}>
              <ListRow class="rating-item" disabled={item.rated} onClick={() => setStage({ name: 'rate', target: item.target, title: titleOf(item) })}>
                <span>{titleOf(item)}</span>
                {item.rated && <span class="rating-item-done">{t.ratingRated}</span>}
              </ListRow>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div class="screen rating rating-pick">
      <PickPrompt />
      <ScreenHeader title={t.ratingServiceTitle} lead={t.ratingChooseItem} onBack={onBack} />
      {items && section(t.ratingThisVisit, items.filter((i) => i.kind === 'visit'))}
      {items && section(t.ratingMyCases, items.filter((i) => i.kind === 'case'))}
      {items && items.length === 0 && <p class="service-description">{t.ratingNoItems}</p>}
      <div class="actions">
        <BigButton variant="secondary" main={items?.length === 0} onClick={() => setStage({ name: 'ticket' })}>
          {t.ratingCounter}
        </BigButton>
      </div>
      {error !== null && (
        <p class="inline-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
