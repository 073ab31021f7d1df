// Demo only (status.simulator is set when the devices are simulated): lets a person trying the
// kiosk without hardware place one of the simulated cards on the simulated reader, and run the
// simulated printer out of paper and refill it to see how a paper-out is handled. Folded to one
// small button until opened, so it does not crowd the residents' screen.
import { useState } from 'preact/hooks';
import type { KioskStatus, RequestParams } from '../../terminal/api.ts';
import { useApi } from '../api-context.ts';
import { t } from '../i18n/index.ts';

const paperSettings: { paper: RequestParams<'simSetPrinter'>['paper']; label: string }[] = [
  { paper: 'ok', label: t.simulatorPaperOk },
  { paper: 'near-end', label: t.simulatorPaperNearEnd },
  { paper: 'end', label: t.simulatorPaperEnd },
];

export function SimulatorPanel({ simulator }: { simulator: NonNullable<KioskStatus['simulator']> }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const run = (call: Promise<unknown>) => {
    setOpen(false);
    void call.catch(() => {});
  };
  return (
    <section class={open ? 'simulator-panel open' : 'simulator-panel'} aria-label={t.simulatorTitle}>
      <button type="button" class="simulator-toggle" aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
        {t.simulatorTitle}
      </button>
      {open && (
        <>
          {simulator.cards.map((card) => (
            <button type="button" key={card.id} onClick={() => run(api.call('simPlaceCard', { cardId: card.id }))}>
              {t.simulatorPlace(card.label)}
            </button>
          ))}
          {simulator.cards.length > 0 && (
            <button type="button" onClick={() => run(api.call('simRemoveCard', {}))}>
              {t.simulatorRemove}
            </button>
          )}
          {simulator.printer &&
            paperSettings.map(({ paper, label }) => (
              <button type="button" key={paper} onClick={() => run(api.call('simSetPrinter', { paper }))}>
                {label}
              </button>
            ))}
        </>
      )}
    </section>
  );
}
