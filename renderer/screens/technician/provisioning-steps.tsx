// The pages of the provisioning wizard, each a plain view of state the wizard holds. Touch only:
// text is typed on the kiosk's own keyboard, digits on a keypad. Nothing of residents is shown
// (the test read gives only the masked name the core sends).
import type { DiscoveredPorts, FoundPort } from '../../../terminal/api.ts';
import { Keyboard as KioskKeyboard } from '../../components/keyboard/keyboard.tsx';
import { setupText as s } from './provisioning-strings.ts';

export interface PortChoice {
  path: string;
  baudRate: number;
}

function answerLabel(port: FoundPort): string {
  const what = port.answers === 'card-reader' ? s.answersReader : port.answers === 'printer' ? s.answersPrinter : s.answersNothing;
  return `${what}${port.baudRate ? ` @ ${port.baudRate}` : ''}${port.inUse ? s.inUse : ''}`;
}

export function PortsStep(props: {
  found: DiscoveredPorts | null;
  searching: boolean;
  reader: PortChoice | null;
  printer: PortChoice | null;
  onFind(): void;
  onChoose(device: 'reader' | 'printer', choice: PortChoice): void;
}) {
  const { found } = props;
  return (
    <div data-testid="setup-ports">
      <button type="button" disabled={props.searching} onClick={props.onFind}>
        {props.searching ? s.searching : s.findPorts}
      </button>
      {found && found.ports.length === 0 && <p>{s.noPorts}</p>}
      {found && (found.simulated.cardReader || found.simulated.printer) && (
        <p>
          {s.simulatedNow}：{[found.simulated.cardReader && s.answersReader, found.simulated.printer && s.answersPrinter].filter(Boolean).join('、')}
        </p>
      )}
      <ul class="technician-list">
        {found?.ports.map((port) => (
          <li key={port.path} data-testid="setup-port">
            <strong>{port.path}</strong> {answerLabel(port)}
            {port.note && <span>：{port.note}</span>}
            {!port.inUse && port.answers === 'card-reader' && port.baudRate && (
              <button type="button" onClick={() => props.onChoose('reader', { path: port.path, baudRate: port.baudRate! })}>
                {props.reader?.path === port.path ? s.chosen : s.useAsReader}
              </button>
            )}
            {!port.inUse && port.answers === 'printer' && port.baudRate && (
              <button type="button" onClick={() => props.onChoose('printer', { path: port.path, baudRate: port.baudRate! })}>
                {props.printer?.path === port.path ? s.chosen : s.useAsPrinter}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TestStep({ maskedName, onTestPrint }: { maskedName: string | null; onTestPrint(): void }) {
  return (
    <div data-testid="setup-test">
      <p>{s.testHint}</p>
      <p data-testid="setup-card-test">
        {s.cardTest}
        {maskedName ?? s.cardTestHint}
      </p>
      <button type="button" onClick={onTestPrint}>
        {s.testPrint}
      </button>
    </div>
  );
}

/** A field that shows what was typed; tapping it sends the keyboard's keys here. */
export function TypedField({ label, value, active, onSelect }: { label: string; value: string; active: boolean; onSelect(): void }) {
  return (
    <button type="button" class={active ? 'setup-field active' : 'setup-field'} aria-pressed={active} aria-label={label} onClick={onSelect}>
      <span>{label}</span> <output>{value || '\u00a0'}</output>
    </button>
  );
}

export function Keyboard({ onType, extraKeys }: { onType(edit: (text: string) => string): void; extraKeys?: readonly string[] }) {
  return (
    <KioskKeyboard
      layouts={['latin']}
      extraKeys={extraKeys}
      onInput={(more) => onType((text) => text + more)}
      onBackspace={() => onType((text) => [...text].slice(0, -1).join(''))}
      onClear={() => onType(() => '')}
    />
  );
}

export function OrientationChoice({ value, onChange }: { value: 'portrait' | 'landscape'; onChange(v: 'portrait' | 'landscape'): void }) {
  return (
    <div role="group" aria-label={s.orientation}>
      <span>{s.orientation}</span>
      {(['portrait', 'landscape'] as const).map((o) => (
        <button type="button" key={o} aria-pressed={value === o} onClick={() => onChange(o)}>
          {s[o]}
        </button>
      ))}
    </div>
  );
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function DigitPad({ onType }: { onType(edit: (text: string) => string): void }) {
  return (
    <div class="technician-keys" role="group" aria-label={s.newPin}>
      {DIGITS.map((d) => (
        <button type="button" key={d} onClick={() => onType((p) => (p.length < 12 ? p + d : p))}>
          {d}
        </button>
      ))}
      <button type="button" onClick={() => onType((p) => p.slice(0, -1))}>
        {s.backspace}
      </button>
    </div>
  );
}
