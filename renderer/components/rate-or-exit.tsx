// The ways out of a finished service: rate it (服务评价 follows any transaction of the visit),
// go on to another service in the same visit, or end the visit. Shared by every screen that
// closes a service.
import { BigButton } from './big-button.tsx';
import { ExitIcon, ServiceIcon } from './icons.tsx';
import { t } from '../i18n/index.ts';

/** `onAnotherService`: back to the service list with the visit kept — a resident who files a 诉求
 *  and then wants a queue ticket does not choose their language and 长辈版 and place the card again. */
export function RateOrExit({ onRate, onExit, onAnotherService }: { onRate(): void; onExit(): void; onAnotherService?(): void }) {
  return (
    <div class="actions">
      <BigButton main icon={<ServiceIcon kind="rating" />} onClick={onRate}>
        {t.rateThisService}
      </BigButton>
      {onAnotherService && (
        <BigButton variant="secondary" onClick={onAnotherService}>
          {t.anotherService}
        </BigButton>
      )}
      <BigButton variant="secondary" icon={<ExitIcon />} onClick={onExit}>
        {t.finishAndExit}
      </BigButton>
    </div>
  );
}
