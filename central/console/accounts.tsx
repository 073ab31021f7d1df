// 账号: an admin creates accounts (with a temporary password the user must change at first login),
// disables and enables them, and resets a forgotten password.
import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../accounts/account-store.ts';
import { roles, type Role } from '../accounts/roles.ts';
import { createAccount, listAccounts, resetAccountPassword, setAccountDisabled } from './api.ts';
import { roleName } from './workbench-words.ts';
import { tAccount as t } from './account-words.ts';

const blank = { username: '', displayName: '', role: 'clerk' as Role, sites: '', township: '', password: '' };

export function Accounts() {
  const [accounts, setAccounts] = useState<AccountView[] | null>(null);
  const [form, setForm] = useState(blank);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => listAccounts().then(setAccounts, (err: Error) => setError(err.message));
  useEffect(() => void load(), []);
  const run = async (work: () => Promise<string>) => {
    setError(null);
    try {
      setMessage(await work());
      await load();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const create = (event: Event) => {
    event.preventDefault();
    const sites = form.sites.split(/[\s,，、]+/).filter(Boolean);
    void run(async () => {
      const made = await createAccount({ ...form, sites, township: form.township.trim() || null });
      setForm(blank);
      return t('created', { username: made.username });
    });
  };
  const reset = (username: string) => {
    const password = prompt(t('resetPrompt', { username }));
    if (password) void run(async () => (await resetAccountPassword(username, password), t('resetDone', { username })));
  };
  const field = (key: keyof typeof blank) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section class="workbench">
      <h1>{t('title')}</h1>
      {accounts && (
        <table>
          <thead>
            <tr>
              <th>{t('colUsername')}</th>
              <th>{t('colName')}</th>
              <th>{t('colRole')}</th>
              <th>{t('colScope')}</th>
              <th>{t('colState')}</th>
              <th>{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.username} data-account={a.username}>
                <td>{a.username}</td>
                <td>{a.displayName}</td>
                <td>{roleName(a.role)}</td>
                <td>{a.role === 'admin' ? t('scopeCounty') : [a.township && t('scopeTownship', { township: a.township }), a.sites.length > 0 && t('scopeSites', { sites: a.sites.join('、') })].filter(Boolean).join('；')}</td>
                <td>{a.disabledAt ? t('stateDisabled') : a.mustChangePassword ? t('stateMustChange') : t('stateActive')}</td>
                <td>
                  {!a.builtIn && (
                    <>
                      <button type="button" onClick={() => void run(async () => (await setAccountDisabled(a.username, !a.disabledAt), t('toggled', { username: a.username, disabled: String(!a.disabledAt) })))}>
                        {a.disabledAt ? t('enable') : t('disable')}
                      </button>{' '}
                      <button type="button" onClick={() => reset(a.username)}>
                        {t('reset')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('newAccount')}</h2>
      <form class="actions" onSubmit={create}>
        <label>
          {t('fieldUsername')} <input value={form.username} onInput={field('username')} />
        </label>
        <label>
          {t('fieldName')} <input value={form.displayName} onInput={field('displayName')} />
        </label>
        <label>
          {t('fieldRole')}
          <select value={form.role} onChange={field('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fieldSites')} <input value={form.sites} onInput={field('sites')} />
        </label>
        <label>
          {t('fieldTownship')} <input value={form.township} onInput={field('township')} />
        </label>
        <label>
          {t('fieldPassword')} <input type="password" autocomplete="new-password" value={form.password} onInput={field('password')} />
        </label>
        <button type="submit">{t('create')}</button>
      </form>
      {message && <p role="status">{message}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
