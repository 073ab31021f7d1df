// The greeting and every service as a big button. Only the masked name the core gives is shown.
import type { ServiceView, SessionView } from '../../terminal/api.ts';
import { BigButton } from '../components/big-button.tsx';
import { ExitIcon, ServiceIcon } from '../components/icons.tsx';
import { t } from '../i18n/index.ts';

export interface ServicesScreenProps {
  session: SessionView;
  services: ServiceView[];
  busy: boolean;
  onChoose(service: ServiceView): void;
  onExit(): void;
}

export function ServicesScreen({ session, services, busy, onChoose, onExit }: ServicesScreenProps) {
  return (
    <div class="screen services">
      <header class="screen-header">
        <div>
          <h1 class="greeting">{session.resident ? t.greeting(session.resident.maskedName) : t.greetingAnonymous}</h1>
          <p class="lead">{t.chooseService}</p>
        </div>
        <BigButton variant="quiet" icon={<ExitIcon />} onClick={onExit}>
          {t.exit}
        </BigButton>
      </header>
      <ul class="service-grid">
        {services.map((service) => (
          <li key={service.id}>
            <button
              type="button"
              class={service.outOfService ? 'service-button out-of-service' : 'service-button'}
              aria-disabled={service.outOfService ? 'true' : undefined}
              disabled={busy}
              onClick={() => onChoose(service)}
            >
              <ServiceIcon kind={service.kind} />
              <span class="service-text">
                <span class="service-name">{service.name}</span>
                {service.outOfService ? (
                  <span class="service-notice">{service.outOfService}</span>
                ) : (
                  service.description && <span class="service-description">{service.description}</span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
