// Rollouts in the admin console (issue 12): the published releases, each rollout with its stage,
// failures and why it halted, buttons for what its state allows, and a form to start one.
// Publishing a release stays with kioskctl: it needs the offline release key.
import { useEffect, useState } from 'preact/hooks';
import type { ReleaseView, RolloutView } from '../../shared/contract/releases.ts';
import { actOnRollout, listReleases, listRollouts, startRollout } from './api.ts';
import { when } from './format.ts';
import { tRollout as t } from './rollout-words.ts';
import { tFleet } from './fleet-words.ts';

const ACTIONS: Record<RolloutView['state'], ('advance' | 'pause' | 'resume' | 'abort')[]> = {
  running: ['advance', 'pause', 'abort'],
  paused: ['resume', 'advance', 'abort'],
  halted: ['resume', 'abort'],
  aborted: [],
  completed: [],
};

export function Rollouts() {
  const [releases, setReleases] = useState<ReleaseView[]>([]);
  const [rollouts, setRollouts] = useState<RolloutView[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState('');
  const [stages, setStages] = useState('5,25,100');
  const [haltAfter, setHaltAfter] = useState('2');
  const load = () =>
    Promise.all([listReleases(), listRollouts()]).then(([r, o]) => {
      setReleases(r);
      setRollouts(o);
      setVersion((v) => v || r[0]?.version || '');
    }, (err: Error) => setMessage(err.message));
  useEffect(() => {
    void load();
    const timer = setInterval(load, 15_000);
    return () => clearInterval(timer);
  }, []);
  const act = async (id: string, action: 'advance' | 'pause' | 'resume' | 'abort') => {
    try {
      const view = await actOnRollout(id, action);
      setMessage(t('acted', { version: view.version, state: t('state', { state: view.state }), percent: view.percent }));
    } catch (err) {
      setMessage((err as Error).message);
    }
    await load();
  };
  const start = async (event: Event) => {
    event.preventDefault();
    try {
      const view = await startRollout({ version, stages: stages.split(',').map((s) => Number(s.trim())), haltAfterFailures: Number(haltAfter) });
      setMessage(t('started', { version: view.version, percent: view.percent }));
    } catch (err) {
      setMessage((err as Error).message);
    }
    await load();
  };
  if (!rollouts) return message ? <p role="alert">{message}</p> : <p>{tFleet('loading')}</p>;
  return (
    <section>
      <h1>{t('title')}</h1>
      {message && <p role="status">{message}</p>}
      <form onSubmit={start}>
        <label>
          {t('release')}{' '}
          <select value={version} onChange={(e) => setVersion(e.currentTarget.value)}>
            {releases.map((r) => (
              <option key={r.version} value={r.version}>{t('publishedAt', { version: r.version, at: when(r.publishedAt) })}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('stages')} <input value={stages} onInput={(e) => setStages(e.currentTarget.value)} />
        </label>{' '}
        <label>
          {t('haltAfter')} <input type="number" min={1} value={haltAfter} onInput={(e) => setHaltAfter(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit" disabled={!version}>
          {t('start')}
        </button>
        {releases.length === 0 && <p>{t('noRelease')}</p>}
      </form>
      <table>
        <thead>
          <tr>
            <th>{t('colRelease')}</th>
            <th>{t('colState')}</th>
            <th>{t('colStage')}</th>
            <th>{t('colOnVersion')}</th>
            <th>{t('colFailures')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rollouts.map((r) => (
            <tr key={r.rolloutId} data-rollout={r.rolloutId}>
              <td>{r.version}</td>
              <td class={`rollout-${r.state}`}>
                <strong>{t('state', { state: r.state })}</strong>
                {r.reason && <p>{r.reason}</p>}
              </td>
              <td>{t('stage', { percent: r.percent, index: r.stageIndex + 1, stages: r.stages.join(' → ') })}</td>
              <td>{r.terminalsOnVersion}</td>
              <td>
                {t('failures', { count: r.failures.length, limit: r.haltAfterFailures })}
                {r.failures.length > 0 && <ul>{r.failures.map((f) => <li key={f.terminalId}>{`${f.terminalId}: ${f.reason}`}</li>)}</ul>}
              </td>
              <td>
                {ACTIONS[r.state].map((a) => (
                  <button key={a} type="button" onClick={() => void act(r.rolloutId, a)}>
                    {t('action', { action: a })}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
