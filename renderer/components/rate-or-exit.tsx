// The two ways out of a finished service: rate it (服务评价 follows any transaction of the visit)
// or end the visit. Shared by every screen that closes a service.
import { BigButton } from './big-button.tsx';
import { ExitIcon, ServiceIcon } from './icons.tsx';
import { t } from '../i18n/index.ts';

export function RateOrExit({ onRate, onExit }: { onRate(): void; onExit(): void }) {
  return (
    <div class="actions">
      <BigButton main icon={<ServiceIcon kind="rating" />} onClick={onRate}>
        {t.rateThisService}
      </BigButton>
      <BigButton variant="secondary" icon={<ExitIcon />} onClick={onExit}>
        {t.finishAndExit}
      </BigButton>
    </div>
  );
}
