// Publishing a document: paste or load a JSON file; the hub's publish route validates and signs it,
// and its refusal (with the paths of what is wrong) is shown as is.
import { useState } from 'preact/hooks';
import { publishDocument } from './api.ts';
import { tRollout as t } from './rollout-words.ts';

// The kinds the publish route takes (documentKindSchema); listed here to keep zod out of the page.
const KINDS = ['catalog', 'config', 'announcements', 'guides', 'notices', 'matters'];

export function Publish() {
  const [kind, setKind] = useState('catalog');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const load = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };
  const publish = async () => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      return setStatus(t('notJson', { detail: (err as Error).message }));
    }
    try {
      const published = await publishDocument(kind, body);
      const warnings = (published.warnings ?? []).map((w) => `\n${t('warning', { detail: w })}`).join('');
      setStatus(`${t('published', { kind: published.kind, version: published.version })}${warnings}`);
    } catch (err) {
      setStatus((err as Error).message);
    }
  };
  return (
    <section class="actions">
      <h1>{t('publishTitle')}</h1>
      <label>
        {t('kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('jsonFile')} <input type="file" accept="application/json,.json" onChange={(e) => void load(e.currentTarget.files?.[0])} />
      </label>
      <textarea aria-label={t('body')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" disabled={!text.trim()} onClick={() => void publish()}>
        {t('publish')}
      </button>
      {status && (
        <p role="status" style={{ whiteSpace: 'pre-line' }}>
          {status}
        </p>
      )}
    </section>
  );
}
