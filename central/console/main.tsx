// The console page: a login form (and a first-login password change), then what the user's role
// may use: the 办件 workbench for every role; the fleet, publishing, rollouts and accounts for
// admins. Navigation is by hash (#/terminal/<id>, #/case/<number>) so reloading keeps one's place.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { logout, resumeSession, type SessionInfo } from './api.ts';
import { ChangePassword, Login } from './login.tsx';
import { CaseQueue } from './case-queue.tsx';
import { CasePage } from './case-page.tsx';
import { Accounts } from './accounts.tsx';
import { roleNames } from './workbench-words.ts';
import { TerminalList } from './terminal-list.tsx';
import { TerminalDetails } from './terminal-details.tsx';
import { Publish } from './publish.tsx';
import { Rollouts } from './rollouts.tsx';
import { Statistics } from './statistics.tsx';
import { statisticsWords } from './statistics-words.ts';
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

function AdminPages({ hash }: { hash: string }) {
  const terminal = /^#\/terminal\/([\w-]+)$/.exec(hash)?.[1];
  if (terminal) return <TerminalDetails terminalId={terminal} />;
  if (hash === '#/publish') return <Publish />;
  if (hash === '#/rollouts') return <Rollouts />;
  if (hash === '#/accounts') return <Accounts />;
  return <TerminalList />;
}

function App() {
  const [session, setSession] = useState<SessionInfo | null | 'checking'>('checking');
  const hash = useHash();
  useEffect(() => void resumeSession().then(setSession), []);
  if (session === 'checking') return <p>加载中…</p>;
  if (!session) return <Login onDone={setSession} />;
  if (session.mustChangePassword) return <ChangePassword session={session} onDone={setSession} />;
  const isAdmin = session.role === 'admin';
  const caseNumber = /^#\/case\/(\d{12})$/.exec(hash)?.[1];
  // Only admins have the fleet pages: everyone else starts at (and stays in) the workbench.
  const inWorkbench = caseNumber || hash === '#/cases' || !isAdmin;
  const page = hash === '#/statistics' ? <Statistics /> : inWorkbench ? caseNumber ? <CasePage caseNumber={caseNumber} /> : <CaseQueue /> : <AdminPages hash={hash} />;
  return (
    <>
      <nav>
        <a href="#/cases">办件</a>
        {isAdmin && (
          <>
            <a href="#/">Terminals</a> <a href="#/publish">Publish a document</a> <a href="#/rollouts">Rollouts</a> <a href="#/accounts">账号</a>
          </>
        )}
        <a href="#/statistics">{statisticsWords["zh-CN"].title}</a>
        <span class="who">
          {session.displayName}（{roleNames[session.role]}）
        </span>
        <button type="button" onClick={() => void logout().finally(() => setSession(null))}>
          退出 Log out
        </button>
      </nav>
      <main>{page}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
