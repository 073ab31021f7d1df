// What residents see while a remote admin has closed this kiosk: the admin's notice (say, which
// counter to go to instead) and nothing to press.
import { WarningIcon } from '../components/icons.tsx';
import { t } from '../i18n/index.ts';
import { useScreenPrompt } from '../voice/use-screen-prompt.ts';

export function OutOfServiceScreen({ message }: { message: string }) {
  useScreenPrompt('screen.out-of-service', (s) => s.promptOutOfService(message));
  return (
    <div class="screen message-screen out-of-service-screen" data-testid="out-of-service">
      <div class="message-box" role="alert">
        <WarningIcon />
        <h1 class="message-title">{t.outOfServiceTitle}</h1>
        <p class="message-text">{message}</p>
      </div>
    </div>
  );
}
