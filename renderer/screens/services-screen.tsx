// The greeting and every service as a big button. Only the masked name the core gives is shown.
import type { ComponentChildren } from 'preact';
import type { ServiceView, SessionView } from '../../terminal/api.ts';
import { ScreenHeader } from '../components/screen-header.tsx';
import { ExitIcon, ServiceIcon } from '../components/icons.tsx';
import { t } from '../i18n/index.ts';
import { saidText } from '../i18n/said.ts';
import { Localized, localizedField } from '../i18n/localized.tsx';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';
import { ChoiceButton, ChoiceList } from '../components/choice-list.tsx';
import { withPersonalName } from '../components/personal-name.tsx';

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
        title={session.resident ? withPersonalName(t.greeting, session.resident.maskedName) : t.greetingAnonymous}
        lead={t.chooseService}
        onBack={onExit}
        backLabel={t.exit}
        backIcon={<ExitIcon />}
      />
      {notice}
      <ChoiceList>
        {services.map((service) => {
          const outOfService = service.outOfService && saidText(service.outOfService, service.outOfServiceSay);
          return (
            <ChoiceButton
              key={service.id}
              kind={service.kind}
              unavailable={!!service.outOfService}
              disabled={busy}
              onClick={() => onChoose(service)}
              icon={<ServiceIcon kind={service.kind} />}
              name={<Localized item={service} field="name" />}
              // Not offered here (no A4 printer) is no fault: told calmly, where to go instead.
              description={
                outOfService
                  ? service.offeredElsewhere && outOfService
                  : service.description && <Localized item={service} field="description" note={!localizedField(service, 'name').fallback} />
              }
              notice={outOfService && !service.offeredElsewhere ? outOfService : undefined}
            />
          );
        })}
      </ChoiceList>
    </div>
  );
}
