// 诉求反映's choosing steps: the category (six big buttons with a word on each), the place (the
// hall's compounds and buildings, or 其他地点 to type), and named or anonymous.
import type { DemandOptions } from '../../../terminal/api.ts';
import { BigButton } from '../../components/big-button.tsx';
import { Localized } from '../../i18n/localized.tsx';
import { t } from '../../i18n/index.ts';

type Category = DemandOptions['categories'][number];

export function CategoryStep({ options, onChoose }: { options: DemandOptions; onChoose(c: Category): void }) {
  return (
    <ul class="service-grid" aria-label={t.demandChooseCategory}>
      {options.categories.map((c) => (
        <li key={c}>
          <button type="button" class="service-button" onClick={() => onChoose(c)}>
            <span class="service-text">
              <span class="service-name">{t.demandCategoryNames[c] ?? c}</span>
              <span class="service-description">{t.demandCategoryHints[c]}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function PlaceStep({ options, siteId, onSite, onOther }: { options: DemandOptions; siteId: string | null; onSite(id: string): void; onOther(): void }) {
  return (
    <div class="form-scroll">
      <div class="form-choices" role="radiogroup" aria-label={t.demandPlaceField}>
        {options.sites.map((s) => (
          <BigButton key={s.id} variant="secondary" pressed={siteId === s.id} onClick={() => onSite(s.id)}>
            <Localized item={s} field="label" />
          </BigButton>
        ))}
        <BigButton variant="secondary" onClick={onOther}>
          {t.demandPlaceOther}
        </BigButton>
      </div>
    </div>
  );
}

export function WhoStep({ options, onChoose }: { options: DemandOptions; onChoose(anonymous: boolean): void }) {
  return (
    <ul class="case-list">
      <li>
        <button type="button" class="service-button" disabled={!options.resident} onClick={() => onChoose(false)}>
          <span class="service-text">
            <span class="service-name">{options.resident ? t.demandNamed(options.resident.maskedName) : t.demandNamed('—')}</span>
            <span class="service-description">{options.resident ? t.demandNamedHint : t.demandNamedNeedsCard}</span>
          </span>
        </button>
      </li>
      <li>
        <button type="button" class="service-button" onClick={() => onChoose(true)}>
          <span class="service-text">
            <span class="service-name">{t.demandAnonymous}</span>
            <span class="service-description">{t.demandAnonymousHint}</span>
          </span>
        </button>
      </li>
    </ul>
  );
}
