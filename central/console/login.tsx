// Logging in (a named account, or the built-in admin with the password alone) and choosing one's
// own password when an admin has just created or reset the account.
import { useState } from 'preact/hooks';
import { changePassword, login, type SessionInfo } from './api.ts';
import { tConsole as t } from './console-words.ts';
import { LanguageSwitch } from './i18n/language-switch.tsx';
import { getLanguage } from './i18n/language.ts';

/** A form's submit: its work, and the hub's refusal shown in the alert below it. */
function useSubmit(work: () => Promise<void>): [(event: Event) => void, string | null, (error: string) => void] {
  const [error, setError] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    work().catch((err: Error) => setError(err.message));
  };
  return [submit, error, setError];
}

export function Login({ onDone }: { onDone: (session: SessionInfo) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submit, error] = useSubmit(async () => onDone(await login(username, password)));
  return (
    <form class="login" onSubmit={submit}>
      <LanguageSwitch current={getLanguage()} />
      <h1>{t('loginTitle')}</h1>
      <label>
        {t('username')} <input autocomplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
      </label>
      <label>
        {t('password')} <input type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('logIn')}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

export function ChangePassword({ session, onDone }: { session: SessionInfo; onDone: (session: SessionInfo) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [submit, error, setError] = useSubmit(async () => {
    if (next !== again) return setError(t('mismatch'));
    onDone(await changePassword(current, next));
  });
  return (
    <form class="login" onSubmit={submit}>
      <h1>{t('chooseTitle')}</h1>
      <p>{t('chooseWhy', { name: session.displayName, username: session.username })}</p>
      <label>
        {t('temporary')} <input type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
      </label>
      <label>
        {t('newPassword')} <input type="password" autocomplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
      </label>
      <label>
        {t('again')} <input type="password" autocomplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('save')}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
