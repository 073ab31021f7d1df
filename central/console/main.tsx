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
import { roleName } from './workbench-words.ts';
import { tConsole as t } from './console-words.ts';
import { LanguageSwitch } from './i18n/language-switch.tsx';
import { useLanguage } from './i18n/use-language.ts';
import { TerminalList } from './terminal-list.tsx';
import { TerminalDetails } from './terminal-details.tsx';
import { Publish } from './publish.tsx';
import { Rollouts } from './rollouts.tsx';
import { rectificationPage } from './rectification-routes.tsx';
import { say as sayRectification } from './rectification-words.ts';
import { AuditLog } from './audit-log.tsx';
import { word } from './audit-words.ts';
import { Holidays } from './holidays.tsx';
import { Statistics } from './statistics.tsx';
import { statisticsWords } from './statistics-words.ts';
import { words } from './i18n/words.ts';
import { VoiceRecording } from './voice-recording.tsx';
import { tVoice } from './voice-recording-words.ts';
import './console.css';

const tStatistics = words(statisticsWords);

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
  if (hash === '#/holidays') return <Holidays />;
  if (hash === '#/voice') return <VoiceRecording />;
  return <TerminalList />;
}

function App() {
  const [session, setSession] = useState<SessionInfo | null | 'checking'>('checking');
  const hash = useHash();
  // Every page reads its words through `t` when it renders: a language change re-renders them all.
  const language = useLanguage();
  useEffect(() => void resumeSession().then(setSession), []);
  if (session === 'checking') return <p>{t('loading')}</p>;
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
        <a href="#/cases">{t('navCases')}</a>
        {isAdmin && (
          <>
            <a href="#/">{t('navTerminals')}</a> <a href="#/publish">{t('navPublish')}</a> <a href="#/rollouts">{t('navRollouts')}</a> <a href="#/accounts">{t('navAccounts')}</a> <a href="#/holidays">{t('navHolidays')}</a> <a href="#/voice">{tVoice('nav')}</a>
          </>
        )}
        <a href="#/rectifications">{sayRectification('nav')}</a>
        {(isAdmin || session.role === 'auditor') && <a href="#/audit">{word('navAudit')}</a>}
        <a href="#/statistics">{tStatistics('title')}</a>
        <span class="who">
          {t('who', { name: session.displayName, role: roleName(session.role) })}
        </span>
        <button type="button" onClick={() => void logout().finally(() => setSession(null))}>
          {t('logOut')}
        </button>
        <LanguageSwitch current={language} />
      </nav>
      <main>{rectificationPage(hash) ?? (hash === '#/audit' ? <AuditLog /> : hash === '#/statistics' ? <Statistics /> : inWorkbench ? caseNumber ? <CasePage caseNumber={caseNumber} /> : <CaseQueue /> : <AdminPages hash={hash} />)}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
