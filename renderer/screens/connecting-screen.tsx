// Shown while the link to the core is down (start-up, core restart): calm, no error words.
import { t } from '../i18n/index.ts';

export function ConnectingScreen({ overlay = false }: { overlay?: boolean }) {
  return (
    <div class={overlay ? 'connecting overlay' : 'connecting'} role="status">
      <div class="spinner" aria-hidden="true" />
      <p class="connecting-title">{t.connecting}</p>
      <p class="connecting-hint">{t.connectingHint}</p>
    </div>
  );
}
