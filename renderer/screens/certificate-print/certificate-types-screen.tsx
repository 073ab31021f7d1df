// 证明打印, first step: the certificate types central offers (from the catalog), one big button
// each. One tap asks central and prints; a second tap while that runs does nothing.
import { useRef, useState } from 'preact/hooks';
import type { CertificateOutcome, ServiceView } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { BigButton } from '../../components/big-button.tsx';
import { BackIcon, ServiceIcon } from '../../components/icons.tsx';
import { t } from '../../i18n/index.ts';

export interface CertificateTypesScreenProps {
  service: ServiceView;
  onOutcome(outcome: CertificateOutcome): void;
  onFailed(message: string): void;
  onBack(): void;
}

export function CertificateTypesScreen({ service, onOutcome, onFailed, onBack }: CertificateTypesScreenProps) {
  const api = useApi();
  const [working, setWorking] = useState(false);
  const startedRef = useRef(false);

  const print = async (certificateType: string) => {
    if (startedRef.current) return;
    startedRef.current = true;
    setWorking(true);
    try {
      onOutcome(await api.call('printCertificate', { serviceId: service.id, certificateType }));
    } catch (err) {
      onFailed((err as Error).message);
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
      <header class="screen-header">
        <div>
          <h1 class="greeting">{t.chooseCertificate}</h1>
          <p class="lead">{t.certificateCarriesIdentity}</p>
        </div>
        <BigButton variant="quiet" icon={<BackIcon />} onClick={onBack}>
          {t.back}
        </BigButton>
      </header>
      <ul class="service-grid">
        {(service.certificateTypes ?? []).map((type) => (
          <li key={type.id}>
            <button type="button" class="service-button" onClick={() => void print(type.id)}>
              <ServiceIcon kind="certificate-print" />
              <span class="service-text">
                <span class="service-name">{type.name}</span>
                {type.description && <span class="service-description">{type.description}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
