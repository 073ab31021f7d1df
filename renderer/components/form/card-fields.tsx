// The fields a form takes from the ID card, as the core masked them. They are not typed and not
// editable: the resident checks them and taps 确认无误 (a wrong card record is fixed at a counter).
import type { FormFieldView } from '../../../terminal/api.ts';
import { BigButton } from '../big-button.tsx';
import { CheckIcon } from '../icons.tsx';
import { Localized } from '../../i18n/localized.tsx';
import { t } from '../../i18n/index.ts';

export function CardFields({ fields, confirmed, onConfirm }: { fields: FormFieldView[]; confirmed: boolean; onConfirm(): void }) {
  return (
    <section class="form-card" aria-label={t.formCardTitle}>
      <h2 class="form-card-title">{t.formCardTitle}</h2>
      <dl class="form-card-list">
        {fields.map((f) => (
          <div key={f.id} class="form-card-row">
            <dt>
              <Localized item={f} field="label" />
            </dt>
            <dd>{f.prefilled?.masked}</dd>
          </div>
        ))}
      </dl>
      {confirmed ? (
        <p class="print-status done" role="status">
          <CheckIcon /> {t.formCardConfirmed}
        </p>
      ) : (
        <>
          <p class="lead">{t.formCardHint}</p>
          <BigButton icon={<CheckIcon />} onClick={onConfirm}>
            {t.formCardConfirm}
          </BigButton>
        </>
      )}
    </section>
  );
}
