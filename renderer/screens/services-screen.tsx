// The greeting and every service as a big button. Only the masked name the core gives is shown.
import type { ComponentChildren } from 'preact';
import type { ServiceView, SessionView } from '../../terminal/api.ts';
import { ScreenHeader } from '../components/screen-header.tsx';
import { ExitIcon, ServiceIcon } from '../components/icons.tsx';
import { t } from '../i18n/index.ts';
import { saidText } from '../i18n/said.ts';
import { Localized, localizedField } from '../i18n/localized.tsx';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';

export interface ServicesScreenProps {
  session: SessionView;
  services: ServiceView[];
  busy: boolean;
  onChoose(service: ServiceView): void;
  onExit(): void;
  /** Shown under the greeting, e.g. "您有 2 件办理结果" (issue 10). */
  notice?: ComponentChildren;
}

export function ServicesScreen({ session, services, busy, onChoose, onExit, notice }: ServicesScreenProps) {
  useScreenPrompt('screen.services', (s) => s.promptServices);
  return (
    <div class="screen services">
      <ScreenHeader
        title={session.resident ? t.greeting(session.resident.maskedName) : t.greetingAnonymous}
        lead={t.chooseService}
        onBack={onExit}
        backLabel={t.exit}
        backIcon={<ExitIcon />}
      />
      {notice}
      <ul class="service-grid">
        {services.map((service) => (
          <li key={service.id}>
            <button
              type="button"
              class={service.outOfService ? 'service-button out-of-service' : 'service-button'}
              data-service-kind={service.kind}
              aria-disabled={service.outOfService ? 'true' : undefined}
              disabled={busy}
              onClick={() => onChoose(service)}
            >
              <ServiceIcon kind={service.kind} />
              <span class="service-text">
                <span class="service-name">
                  <Localized item={service} field="name" />
                </span>
                {service.outOfService ? (
                  // Not offered here (no A4 printer) is no fault: told calmly, where to go instead.
                  <span class={service.offeredElsewhere ? 'service-description' : 'service-notice'}>{saidText(service.outOfService, service.outOfServiceSay)}</span>
                ) : (
                  service.description && <span class="service-description">
                      <Localized item={service} field="description" note={!localizedField(service, 'name').fallback} />
                    </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
