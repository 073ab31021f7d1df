// The provisioning wizard for a new terminal (issue 12), inside technician mode: find the ports,
// test the devices, set the site and the screen orientation, enroll with a one-time code, set the
// PIN; then one save writes it all to the configuration file (the core validates it with the
// schema and names a bad field). Enrolling is its own step: it changes the identity, not the file.
import { useEffect, useState } from 'preact/hooks';
import type { DiscoveredPorts, ResponseTypes } from '../../../terminal/api.ts';
import { useApi } from '../../api-context.ts';
import { DigitPad, Keyboard, OrientationChoice, PortsStep, TestStep, TypedField, type PortChoice } from './provisioning-steps.tsx';
import { setupText as s } from './provisioning-strings.ts';
import { ScreenHeader } from '../../components/screen-header.tsx';

type Orientation = 'portrait' | 'landscape';
type Field = 'siteName' | 'siteCode' | 'enrollCode' | 'pin' | 'pin2';

export function ProvisioningWizard({ onDone }: { onDone(): void }) {
  const api = useApi();
  const [step, setStep] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [found, setFound] = useState<DiscoveredPorts | null>(null);
  const [searching, setSearching] = useState(false);
  const [reader, setReader] = useState<PortChoice | null>(null);
  const [printer, setPrinter] = useState<PortChoice | null>(null);
  const [maskedName, setMaskedName] = useState<string | null>(null);
  const [initial, setInitial] = useState<{ name: string; code: string; orientation: Orientation } | null>(null);
  const [text, setText] = useState<Record<Field, string>>({ siteName: '', siteCode: '', enrollCode: '', pin: '', pin2: '' });
  const [field, setField] = useState<Field>('siteName');
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<ResponseTypes['technicianSaveSetup'] | null>(null);

  useEffect(() => api.on('technicianCard', ({ maskedName: name }) => setMaskedName(name)), [api]);
  useEffect(() => {
    void api.call('getStatus', {}).then((status) => {
      setInitial({ name: status.site.name, code: status.site.code, orientation: status.ui.orientation });
      setText((t) => ({ ...t, siteName: status.site.name, siteCode: status.site.code }));
      setOrientation(status.ui.orientation);
    });
  }, [api]);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setNotice((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const type = (edit: (value: string) => string) => setText((t) => ({ ...t, [field]: edit(t[field]) }));
  const go = (to: number) => {
    setNotice(null);
    setStep(to);
    setField(to === 2 ? 'siteName' : to === 3 ? 'enrollCode' : 'pin');
  };

  const pinProblem = text.pin !== text.pin2 ? s.pinMismatch : null;
  const changes = {
    ...(initial && (text.siteName !== initial.name || text.siteCode !== initial.code) && { site: { name: text.siteName, code: text.siteCode } }),
    ...(initial && orientation !== initial.orientation && { orientation }),
    ...(reader && { cardReader: reader }),
    ...(printer && { printer }),
    ...(text.pin && !pinProblem && { pin: text.pin }),
  };
  const summary = [
    changes.site && `${s.siteName}：${changes.site.name}　${s.siteCode}：${changes.site.code}`,
    changes.orientation && `${s.orientation}：${s[changes.orientation]}`,
    changes.cardReader && `${s.answersReader}：${changes.cardReader.path}`,
    changes.printer && `${s.answersPrinter}：${changes.printer.path}`,
    changes.pin && s.newPin.replace(/（.*/, ''),
  ].filter((line): line is string => Boolean(line));

  const pages = [
    <PortsStep
      found={found}
      searching={searching}
      reader={reader}
      printer={printer}
      onFind={() => {
        setSearching(true);
        void attempt(async () => setFound(await api.call('technicianDiscoverPorts', {}))).finally(() => setSearching(false));
      }}
      onChoose={(device, choice) => (device === 'reader' ? setReader(choice) : setPrinter(choice))}
    />,
    <TestStep maskedName={maskedName} onTestPrint={() => void attempt(async () => setNotice((await api.call('technicianTestPrint', {})).message))} />,
    <div data-testid="setup-site">
      <TypedField label={s.siteName} value={text.siteName} active={field === 'siteName'} onSelect={() => setField('siteName')} />
      <TypedField label={s.siteCode} value={text.siteCode} active={field === 'siteCode'} onSelect={() => setField('siteCode')} />
      {/* Site codes are upper case by habit (DEMO-001); the keyboard types lower case. */}
      <Keyboard extraKeys={['-', '_']} onType={(edit) => type(field === 'siteCode' ? (v) => edit(v).toUpperCase() : edit)} />
      <OrientationChoice value={orientation} onChange={setOrientation} />
    </div>,
    <div data-testid="setup-enroll">
      <p>{s.enrollHint}</p>
      <TypedField label={s.enrollCode} value={text.enrollCode} active onSelect={() => setField('enrollCode')} />
      <Keyboard extraKeys={['-']} onType={(edit) => type((v) => edit(v).toUpperCase())} />
      <button
        type="button"
        disabled={busy || !text.enrollCode}
        onClick={() =>
          void attempt(async () => {
            const enrolled = await api.call('technicianEnroll', { code: text.enrollCode });
            setNotice(enrolled.message);
          })
        }
      >
        {busy ? s.enrolling : s.enroll}
      </button>
    </div>,
    <div data-testid="setup-pin">
      <p>{s.pinKept}</p>
      <TypedField label={s.newPin} value={'●'.repeat(text.pin.length)} active={field === 'pin'} onSelect={() => setField('pin')} />
      <TypedField label={s.confirmPin} value={'●'.repeat(text.pin2.length)} active={field === 'pin2'} onSelect={() => setField('pin2')} />
      <DigitPad onType={type} />
      {text.pin2.length >= text.pin.length && pinProblem && <p role="alert">{pinProblem}</p>}
    </div>,
    <div data-testid="setup-save">
      <p>{summary.length ? s.summary : s.nothingToSave}</p>
      <ul class="technician-list">
        {summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button
        type="button"
        disabled={busy || summary.length === 0}
        onClick={() =>
          void attempt(async () => {
            const result = await api.call('technicianSaveSetup', changes);
            setSaved(result);
            setNotice(result.message);
            // Saved: what was just written is now the starting point.
            setInitial({ name: text.siteName, code: text.siteCode, orientation });
            setReader(null);
            setPrinter(null);
            setText((t) => ({ ...t, pin: '', pin2: '' }));
          })
        }
      >
        {busy ? s.saving : s.save}
      </button>
      {saved?.restartNeeded && !saved.canRestart && <p>{s.restartLater}</p>}
      {saved?.restartNeeded && saved.canRestart && (
        <button type="button" onClick={() => void attempt(async () => (await api.call('technicianRestart', {}), setNotice(s.restarting)))}>
          {s.restartNow}
        </button>
      )}
    </div>,
  ];

  return (
    <div class="technician-diagnostics technician-setup" data-testid="technician-setup">
      <ScreenHeader
        plain
        title={
          <>
            {s.title}：{step + 1}/{pages.length} {s.steps[step]}
          </>
        }
        onBack={onDone}
        backLabel={s.backToDiagnostics}
      />
      {notice && (
        <p class="technician-message" role="status">
          {notice}
        </p>
      )}
      <section class="setup-page">{pages[step]}</section>
      <nav class="setup-nav">
        <button type="button" disabled={step === 0} onClick={() => go(step - 1)}>
          {s.back}
        </button>
        <button type="button" disabled={step === pages.length - 1} onClick={() => go(step + 1)}>
          {s.next}
        </button>
      </nav>
    </div>
  );
}
