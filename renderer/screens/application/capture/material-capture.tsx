// 事项办理's materials under the document camera (issue 24): for each page the catalog asks for, a
// live preview large enough to aim, one big button to take it, then the page as it will be filed
// (cropped and straightened) to use, retake or delete. A dark, blurred or glaring page is shown
// with what to do and 重拍 first. Pages are kept by the core for this visit only.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApplicationItemSummary } from '../../../../terminal/api.ts';
import { useApi } from '../../../api-context.ts';
import { BigButton } from '../../../components/big-button.tsx';
import { ScreenHeader } from '../../../components/screen-header.tsx';
import { CheckIcon } from '../../../components/icons.tsx';
import { t } from '../../../i18n/index.ts';
import { getLocale } from '../../../i18n/locale-store.ts';
import { errorText } from '../../../i18n/said.ts';
import { capturePage, type EncodedPage } from './document-camera.ts';
import './material-capture.css';

interface Slot {
  material: number;
  page: number;
}

export interface MaterialCaptureProps {
  item: ApplicationItemSummary;
  stream: MediaStream;
  /** `atCounter`: the resident brings the materials to a counter instead. */
  onDone(atCounter: boolean): void;
  onBack(): void;
}

const keyOf = (s: Slot) => `${s.material}/${s.page}`;

export function MaterialCapture({ item, stream, onDone, onBack }: MaterialCaptureProps) {
  const api = useApi();
  const specs = item.capture ?? [];
  const slots: Slot[] = specs.flatMap((m, material) => Array.from({ length: m.pages }, (_, page) => ({ material, page })));
  const [index, setIndex] = useState(0);
  const [taken, setTaken] = useState<Record<string, EncodedPage>>({});
  const [reviewing, setReviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [cameraLost, setCameraLost] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const slot = slots[index]!;
  const shown = taken[keyOf(slot)];

  useEffect(() => {
    if (video.current && video.current.srcObject !== stream) video.current.srcObject = stream;
    const track = stream.getVideoTracks()[0];
    const lost = () => setCameraLost(true); // unplugged mid-capture: the pages taken stay
    track?.addEventListener('ended', lost);
    return () => track?.removeEventListener('ended', lost);
  }, [stream, reviewing]);

  const name = (material: number) => item.i18n?.[getLocale() as 'bo']?.materials?.[material] ?? specs[material]!.name;
  const missingRequired = slots.some((s) => specs[s.material]!.required && !taken[keyOf(s)]);

  const shoot = async () => {
    if (busy || !video.current) return;
    setBusy(true);
    setProblem(null);
    try {
      const page = await capturePage(video.current);
      if (!page) throw new Error(t.captureNoCamera);
      await api.call('putApplicationPage', { itemId: item.id, material: slot.material, page: slot.page, jpeg: page.base64 });
      setTaken((all) => ({ ...all, [keyOf(slot)]: page }));
      setReviewing(true);
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      await api.call('removeApplicationPage', { itemId: item.id, material: slot.material, page: slot.page });
      setTaken(({ [keyOf(slot)]: _gone, ...rest }) => rest);
      setReviewing(false);
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const use = () => {
    setReviewing(false);
    const next = slots.findIndex((s, i) => i > index && !taken[keyOf(s)]);
    if (next >= 0) setIndex(next);
  };
  const warning = shown && !shown.verdict.ok ? { 'too-dark': t.captureTooDark, blurred: t.captureBlurred, 'too-bright': t.captureTooBright }[shown.verdict.reason] : null;

  return (
    <div class="screen case-screen material-capture">
      <ScreenHeader title={t.captureTitle} lead={cameraLost ? t.captureNoCamera : t.captureLead} onBack={onBack} />
      <p class="capture-slot">
        {t.captureMaterial(name(slot.material), slot.page + 1, specs[slot.material]!.pages)}
        {specs[slot.material]!.required && <span class="capture-required">{t.captureRequired}</span>}
      </p>
      {(problem || warning) && (
        <p class="inline-error" role="alert">
          {problem ?? warning}
        </p>
      )}
      <div class="capture-view">
        {/* The preview stays mounted (hidden while a page is reviewed): a video attached afresh shows black frames first. */}
        <video ref={video} autoplay muted playsInline hidden={Boolean(reviewing && shown)} />
        {reviewing && shown && <img src={shown.dataUrl} alt={t.captureMaterial(name(slot.material), slot.page + 1, specs[slot.material]!.pages)} />}
      </div>
      <ol class="capture-strip" aria-label={t.capturePagesTaken(Object.keys(taken).length)}>
        {slots.map((s, i) => (
          <li key={keyOf(s)} data-taken={taken[keyOf(s)] ? '' : undefined} data-current={i === index ? '' : undefined}>
            <button type="button" onClick={() => (setIndex(i), setReviewing(Boolean(taken[keyOf(s)])))}>
              {taken[keyOf(s)] ? <img src={taken[keyOf(s)]!.dataUrl} alt="" /> : `${s.material + 1}-${s.page + 1}`}
            </button>
          </li>
        ))}
      </ol>
      <div class="actions">
        {reviewing && shown ? (
          <>
            <BigButton variant="secondary" disabled={busy} onClick={() => setReviewing(false)} main={Boolean(warning)}>
              {t.captureRetake}
            </BigButton>
            <BigButton variant="quiet" disabled={busy} onClick={() => void remove()}>
              {t.captureDelete}
            </BigButton>
            <BigButton icon={<CheckIcon />} disabled={busy} onClick={use} main={!warning}>
              {t.captureUse}
            </BigButton>
          </>
        ) : (
          <BigButton main disabled={busy || cameraLost} onClick={() => void shoot()}>
            {busy ? t.captureSaving : t.captureShoot}
          </BigButton>
        )}
      </div>
      <div class="actions">
        <BigButton variant="secondary" disabled={busy} onClick={() => onDone(true)}>
          {t.captureAtCounter}
        </BigButton>
        <BigButton variant="secondary" icon={<CheckIcon />} disabled={busy || missingRequired || Object.keys(taken).length === 0} onClick={() => onDone(false)}>
          {t.captureDone}
        </BigButton>
      </div>
    </div>
  );
}
