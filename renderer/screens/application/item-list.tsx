// 事项办理, first two steps: the items of the catalog as big buttons, then the chosen item's
// materials (from its 办事指南) before the resident starts filling in anything.
import type { ApplicationItemSummary } from '../../../terminal/api.ts';
import { BigButton } from '../../components/big-button.tsx';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { CheckIcon, ServiceIcon } from '../../components/icons.tsx';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { t } from '../../i18n/index.ts';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import { ChoiceButton, ChoiceList } from '../../components/choice-list.tsx';

export function ItemList({ items, onChoose, onBack }: { items: ApplicationItemSummary[]; onChoose(item: ApplicationItemSummary): void; onBack(): void }) {
  useScreenPrompt('screen.apply-items', (s) => s.promptApplyItems);
  return (
    <div class="screen case-screen">
      <ScreenHeader title={t.applyTitle} lead={items.length ? t.applyChooseItem : t.applyNoItems} onBack={onBack} />
      <ChoiceList>
        {items.map((item) => (
          <ChoiceButton
            key={item.id}
            onClick={() => onChoose(item)}
            icon={<ServiceIcon kind="application" />}
            name={<Localized item={item} field="name" />}
            description={item.description && <Localized item={item} field="description" note={!localizedField(item, 'name').fallback} />}
          />
        ))}
      </ChoiceList>
    </div>
  );
}

export function ItemMaterials({ item, onStart, onGuide, onBack }: { item: ApplicationItemSummary; onStart(): void; onGuide(): void; onBack(): void }) {
  const department = localizedField(item, 'department');
  // The catalog's own list (no guide on this kiosk), in the resident's language when it carries one.
  const materials = localizedField(item, 'materials');
  useScreenPrompt('screen.apply-materials', (s) => s.promptApplyMaterials(String(localizedField(item, 'name').value)));
  return (
    <div class="screen case-screen">
      <ScreenHeader
        title={<Localized item={item} field="name" />}
        lead={<>{t.applyDepartment(String(department.value))}{department.fallback && <small class="zh-fallback-note">{t.chineseOnly}</small>}</>}
        onBack={onBack}
      />
      <section class="form-card" aria-label={t.applyMaterialsTitle}>
        <h2 class="form-card-title">{t.applyMaterialsTitle}</h2>
        <p class="lead">{t.applyMaterialsHint}</p>
        {item.guideMaterials?.length ? (
          <ol class="case-materials">
            {item.guideMaterials.map((m, i) => (
              <li key={i}>{t.applyMaterial(m.name, m.form, m.copies)}</li>
            ))}
          </ol>
        ) : materials.value.length ? (
          <>
            <ol class="case-materials" lang={materials.fallback ? 'zh-CN' : undefined}>
              {materials.value.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ol>
            {materials.fallback && <small class="zh-fallback-note">{t.chineseOnly}</small>}
          </>
        ) : (
          <p>{t.applyNoMaterials}</p>
        )}
      </section>
      <div class="actions">
        {item.guideId && (
          <BigButton variant="secondary" onClick={onGuide}>
            {t.applyViewGuide}
          </BigButton>
        )}
        <BigButton main icon={<CheckIcon />} onClick={onStart}>
          {t.applyStartForm}
        </BigButton>
      </div>
    </div>
  );
}
