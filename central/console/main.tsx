// The admin console page: a login form, then the fleet list, a terminal's details and publishing.
// Navigation is by hash (#/terminal/<id>, #/publish) so reloading keeps the admin's place.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { login, logout, resumeSession } from './api.ts';
import { TerminalList } from './terminal-list.tsx';
import { TerminalDetails } from './terminal-details.tsx';
import { Publish } from './publish.tsx';
import { Rollouts } from './rollouts.tsx';
import './console.css';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

function Login({ onDone }: { onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await login(password);
      onDone();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="login" onSubmit={submit}>
      <h1>Admin console</h1>
      <label>
        Password <input type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <button type="submit">Log in</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function App() {
  const [state, setState] = useState<'checking' | 'out' | 'in'>('checking');
  const hash = useHash();
  useEffect(() => void resumeSession().then((ok) => setState(ok ? 'in' : 'out')), []);
  if (state === 'checking') return <p>Loading…</p>;
  if (state === 'out') return <Login onDone={() => setState('in')} />;
  const terminal = /^#\/terminal\/([\w-]+)$/.exec(hash)?.[1];
  return (
    <>
      <nav>
        <a href="#/">Terminals</a> <a href="#/publish">Publish a document</a> <a href="#/rollouts">Rollouts</a>{' '}
        <button type="button" onClick={() => void logout().finally(() => setState('out'))}>
          Log out
        </button>
      </nav>
      <main>{terminal ? <TerminalDetails terminalId={terminal} /> : hash === '#/publish' ? <Publish /> : hash === '#/rollouts' ? <Rollouts /> : <TerminalList />}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
