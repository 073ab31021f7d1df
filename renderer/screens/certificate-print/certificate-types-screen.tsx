// 证明打印, first step: the certificate types central offers (from the catalog), one big button
// each. One tap asks central and prints; a second tap while that runs does nothing.
import { useRef, useState } from 'preact/hooks';
import type { CertificateOutcome, ServiceView } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { ScreenHeader } from '../../components/screen-header.tsx';
import { ServiceIcon } from '../../components/icons.tsx';
import { t } from '../../i18n/index.ts';
import { errorText } from '../../i18n/said.ts';
import { Localized, localizedField } from '../../i18n/localized.tsx';
import { useScreenPrompt } from '../../voice/use-screen-prompt.ts';
import type { CertificateTypeView } from './certificate-title.ts';
import { ChoiceButton, ChoiceList } from '../../components/choice-list.tsx';

export interface CertificateTypesScreenProps {
  service: ServiceView;
  /** With the type chosen, whose name the result screen shows in the resident's language. */
  onOutcome(outcome: CertificateOutcome, type: CertificateTypeView): void;
  onFailed(message: string): void;
  onBack(): void;
}

export function CertificateTypesScreen({ service, onOutcome, onFailed, onBack }: CertificateTypesScreenProps) {
  useScreenPrompt('screen.certificates', (s) => s.promptCertificates);
  const api = useApi();
  const [working, setWorking] = useState(false);
  const startedRef = useRef(false);

  const print = async (type: CertificateTypeView) => {
    if (startedRef.current) return;
    startedRef.current = true;
    setWorking(true);
    try {
      onOutcome(await api.call('printCertificate', { serviceId: service.id, certificateType: type.id }), type);
    } catch (err) {
      onFailed(errorText(err));
    }
  };

  if (working) {
    return (
      <div class="screen certificates">
        <div class="connecting" role="status">
          <div class="spinner" aria-hidden="true" />
          <p class="connecting-title">{t.certificatePrinting}</p>
          <p class="connecting-hint">{t.certificatePrintingHint}</p>
        </div>
      </div>
    );
  }

  return (
    <div class="screen certificates">
      <ScreenHeader title={t.chooseCertificate} lead={t.certificateCarriesIdentity} onBack={onBack} />
      <ChoiceList>
        {(service.certificateTypes ?? []).map((type) => (
          <ChoiceButton
            key={type.id}
            onClick={() => void print(type)}
            icon={<ServiceIcon kind="certificate-print" />}
            name={<Localized item={type} field="name" />}
            description={type.description && <Localized item={type} field="description" note={!localizedField(type, 'name').fallback} />}
          />
        ))}
      </ChoiceList>
    </div>
  );
}
