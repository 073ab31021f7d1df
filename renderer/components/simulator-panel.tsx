// Demo only (status.simulator is set when the devices are simulated): lets a person trying the
// kiosk without hardware place one of the simulated cards on the simulated reader, and run the
// simulated printer out of paper and refill it to see how a paper-out is handled. Folded to one
// small button until opened, so it does not crowd the residents' screen.
import { useState } from 'preact/hooks';
import type { KioskStatus, RequestParams } from '../../terminal/api.ts';
import { useApi } from '../api-context.ts';
import { t } from '../i18n/index.ts';
import { caseProgressUrl, makeCaseNumber } from '../../shared/contract/cases.ts';

/** The demo's receipt: the QR of case 0001-0000001-? with a made-up 查询码 (issue 10). */
const DEMO_RECEIPT_QR = caseProgressUrl('http://127.0.0.1/', makeCaseNumber(1, 1), '20261201');

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
          {simulator.scanner && (
            <>
              <button type="button" onClick={() => run(api.call('simScan', { text: DEMO_RECEIPT_QR }))}>
                {t.simulatorScan}
              </button>
              <button type="button" onClick={() => run(api.call('simScan', { text: '6901234567892' }))}>
                {t.simulatorScanOther}
              </button>
            </>
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
