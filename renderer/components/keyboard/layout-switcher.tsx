// Buttons to change between the layouts a field allows (拼音 / 英文 / 数字 / 号码); the one shown
// is pressed. Absent when a field allows only one.
import { t } from '../../i18n/index.ts';
import type { KeyboardLayout } from './layouts.ts';

export function LayoutSwitcher({ layouts, current, onSwitch }: { layouts: readonly KeyboardLayout[]; current: KeyboardLayout; onSwitch(layout: KeyboardLayout): void }) {
  if (layouts.length < 2) return null;
  return (
    <div class="kb-switcher" role="group" aria-label={t.keyboard.switchLayouts}>
      {layouts.map((layout) => (
        <button type="button" class="kb-key kb-switch" key={layout} aria-pressed={layout === current} onClick={() => onSwitch(layout)}>
          {t.keyboard.layouts[layout]}
        </button>
      ))}
    </div>
  );
}
