// 语音录制 (issue 22): an admin picks a language, sees how many of its prompts are recorded, records
// each from the microphone (● record, ■ stop), hears back what the hub kept (▶: trimmed and
// normalised, as the kiosk will play it), re-records, and publishes the language's voice pack.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchVoiceTake, listVoicePrompts, publishVoicePack, uploadVoiceTake, type VoicePromptList, type VoicePromptView } from './api.ts';
import { getLanguage } from './i18n/language.ts';
import { microphoneAvailable, MAX_TAKE_SECONDS, startTake, type Take } from './microphone-recording.ts';
import { tVoice as t } from './voice-recording-words.ts';
import './voice-fonts.css';

const locales = ['bo', 'ug', 'en', 'zh-CN'] as const;
const rtl = new Set(['ug']);

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

export function VoiceRecording() {
  const [locale, setLocale] = useState<(typeof locales)[number]>('bo');
  const [list, setList] = useState<VoicePromptList | null>(null);
  const [recordingId, setRecordingId] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [busy, setBusy] = useState(false);
  // Kept as a thunk, so a language switch says it again in the new language.
  const [message, setMessage] = useState<(() => string) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const take = useRef<Take | null>(null);
  const player = useRef<HTMLAudioElement>(null);

  const load = () => listVoicePrompts(locale).then(setList, (err: Error) => setError(err.message));
  useEffect(() => {
    setList(null);
    void load();
  }, [locale]);

  const stop = async () => {
    const current = take.current;
    const promptId = recordingId;
    if (!current || !promptId) return;
    take.current = null;
    setRecordingId(null);
    setBusy(true);
    setMessage(() => () => t('saving'));
    try {
      const saved = await uploadVoiceTake(locale, promptId, base64(await current.stop()));
      setMessage(() => () => t('saved', { seconds: seconds(saved.durationMs), rms: saved.rmsDbfs.toFixed(1), trimmed: saved.trimmedStartMs + saved.trimmedEndMs }));
      await load();
    } catch (err) {
      setMessage(null);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  // Leaving the page mid-take closes the microphone (the take is dropped).
  useEffect(() => () => void take.current?.stop(), []);
  // Past the hub's limit the take stops by itself.
  useEffect(() => {
    if (recordingId && elapsed >= MAX_TAKE_SECONDS) void stop();
  }, [elapsed, recordingId]);

  const record = async (promptId: string) => {
    setError(null);
    setMessage(null);
    try {
      setElapsed(0);
      take.current = await startTake(setElapsed);
      setRecordingId(promptId);
    } catch (err) {
      setError(t('microphoneRefused', { message: (err as Error).message }));
    }
  };

  const play = async (prompt: VoicePromptView) => {
    setError(null);
    try {
      const audio = player.current!;
      if (audio.src) URL.revokeObjectURL(audio.src);
      audio.src = URL.createObjectURL(await fetchVoiceTake(locale, prompt.promptId));
      audio.onended = () => setMessage(() => () => t('played', { prompt: prompt.promptId }));
      setMessage(() => () => t('playing', { prompt: prompt.promptId }));
      await audio.play();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const publish = async () => {
    setError(null);
    setBusy(true);
    try {
      const done = await publishVoicePack(locale);
      setMessage(() => () => t('publishDone', { version: done.version, recorded: done.recorded, recordable: done.recordable, missing: done.missing.length }));
      await load();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const canRecord = microphoneAvailable();
  const recordable = list?.prompts.filter((p) => p.recordable) ?? [];
  const varying = list?.prompts.filter((p) => !p.recordable) ?? [];
  const language = getLanguage();
  const promptText = (p: VoicePromptView) => (
    <span lang={p.textIsChinese ? 'zh-CN' : locale} dir={rtl.has(locale) && !p.textIsChinese ? 'rtl' : 'auto'}>
      {p.text}
    </span>
  );
  return (
    <section class="workbench voice-recording">
      <h1>{t('title')}</h1>
      <p>{t('explain')}</p>
      {!canRecord && <p role="alert">{t('noMicrophone')}</p>}
      <div class="filters">
        <label>
          {t('language')}
          <select value={locale} disabled={recordingId !== null} onChange={(e) => setLocale(e.currentTarget.value as (typeof locales)[number])}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {t('languageName', { locale: l })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={busy || recordingId !== null || !list || list.recorded === 0} onClick={() => void publish()}>
          {t('publish')}
        </button>
      </div>
      {list && (
        <p class="counts" data-testid="voice-coverage">
          <strong>{t('coverage', { recorded: list.recorded, recordable: list.recordable })}</strong>
          {' · '}
          {list.published ? t('published', { version: list.published.version, prompts: list.published.prompts }) : t('notPublished')}
        </p>
      )}
      {recordingId && <p role="status">{t('recording', { seconds: elapsed.toFixed(1) })}</p>}
      {!recordingId && message && <p role="status">{message()}</p>}
      {error && <p role="alert">{error}</p>}
      <audio ref={player} data-testid="voice-player" />
      {list && (
        <table class="voice-prompts">
          <thead>
            <tr>
              <th>{t('colPrompt')}</th>
              <th>{t('colContext')}</th>
              <th>{t('colState')}</th>
              <th>{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {recordable.map((p) => (
              <tr key={p.promptId} data-prompt={p.promptId} class={p.recording ? 'recorded' : 'missing'}>
                <td>
                  {promptText(p)}
                  {p.textIsChinese && <small> {t('chineseText')}</small>}
                  {locale !== 'zh-CN' && p.mandarin && <div class="mandarin">{t('mandarin', { text: p.mandarin })}</div>}
                </td>
                <td>
                  {p.context[language]}
                  <div class="prompt-id">
                    <code>{p.promptId}</code>
                  </div>
                </td>
                <td>{p.recording ? t(p.recording.published ? 'recordedPublished' : 'recorded', { seconds: seconds(p.recording.durationMs) }) : t('notRecorded')}</td>
                <td class="take-actions">
                  {recordingId === p.promptId ? (
                    <button type="button" class="stop" onClick={() => void stop()}>
                      {t('stop')}
                    </button>
                  ) : (
                    <button type="button" class="record" disabled={!canRecord || busy || recordingId !== null} onClick={() => void record(p.promptId)}>
                      {t(p.recording ? 'rerecord' : 'record')}
                    </button>
                  )}
                  {p.recording && (
                    <button type="button" disabled={recordingId !== null} onClick={() => void play(p)}>
                      {t('play')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {varying.length > 0 && (
        <details>
          <summary>{t('variesTitle')}</summary>
          <ul>
            {varying.map((p) => (
              <li key={p.promptId}>
                <code>{p.promptId}</code> {p.context[language]}：{promptText(p)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
