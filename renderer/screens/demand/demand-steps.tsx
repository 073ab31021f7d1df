// 诉求反映's choosing steps: the category (six big buttons with a word on each), the place (the
// hall's compounds and buildings, or 其他地点 to type), and named or anonymous.
import type { DemandOptions } from '../../../terminal/api.ts';
import { BigButton } from '../../components/big-button.tsx';
import { Localized } from '../../i18n/localized.tsx';
import { t } from '../../i18n/index.ts';
import { ChoiceButton, ChoiceList } from '../../components/choice-list.tsx';
import { withPersonalName } from '../../components/personal-name.tsx';

type Category = DemandOptions['categories'][number];

export function CategoryStep({ options, onChoose }: { options: DemandOptions; onChoose(c: Category): void }) {
  return (
    <ChoiceList label={t.demandChooseCategory}>
      {options.categories.map((c) => (
        <ChoiceButton key={c} onClick={() => onChoose(c)} name={t.demandCategoryNames[c] ?? c} description={t.demandCategoryHints[c]} />
      ))}
    </ChoiceList>
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
    <ChoiceList class="case-list">
      <ChoiceButton
        key="named"
        disabled={!options.resident}
        onClick={() => onChoose(false)}
        name={options.resident ? withPersonalName(t.demandNamed, options.resident.maskedName) : t.demandNamed('—')}
        description={options.resident ? t.demandNamedHint : t.demandNamedNeedsCard}
      />
      <ChoiceButton key="anonymous" onClick={() => onChoose(true)} name={t.demandAnonymous} description={t.demandAnonymousHint} />
    </ChoiceList>
  );
}
