// 账号: an admin creates accounts (with a temporary password the user must change at first login),
// disables and enables them, and resets a forgotten password.
import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../accounts/account-store.ts';
import { roles, type Role } from '../accounts/roles.ts';
import { createAccount, listAccounts, resetAccountPassword, setAccountDisabled } from './api.ts';
import { roleNames } from './workbench-words.ts';

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
      return `已创建账号 ${made.username}，首次登录须修改临时密码`;
    });
  };
  const reset = (username: string) => {
    const password = prompt(`为 ${username} 设置临时密码（至少 10 个字符）`);
    if (password) void run(async () => (await resetAccountPassword(username, password), `已重置 ${username} 的密码`));
  };
  const field = (key: keyof typeof blank) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section class="workbench">
      <h1>账号</h1>
      {accounts && (
        <table>
          <thead>
            <tr>
              <th>账号</th>
              <th>姓名</th>
              <th>角色</th>
              <th>范围</th>
              <th>状态</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.username} data-account={a.username}>
                <td>{a.username}</td>
                <td>{a.displayName}</td>
                <td>{roleNames[a.role]}</td>
                <td>{a.role === 'admin' ? '全县' : [a.township && `乡镇 ${a.township}`, a.sites.length > 0 && `站点 ${a.sites.join('、')}`].filter(Boolean).join('；')}</td>
                <td>{a.disabledAt ? '已停用' : a.mustChangePassword ? '待改密码' : '正常'}</td>
                <td>
                  {!a.builtIn && (
                    <>
                      <button type="button" onClick={() => void run(async () => (await setAccountDisabled(a.username, !a.disabledAt), `${a.username} 已${a.disabledAt ? '启用' : '停用'}`))}>
                        {a.disabledAt ? '启用' : '停用'}
                      </button>{' '}
                      <button type="button" onClick={() => reset(a.username)}>
                        重置密码
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>新建账号</h2>
      <form class="actions" onSubmit={create}>
        <label>
          账号（小写字母、数字） <input value={form.username} onInput={field('username')} />
        </label>
        <label>
          姓名 <input value={form.displayName} onInput={field('displayName')} />
        </label>
        <label>
          角色
          <select value={form.role} onChange={field('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleNames[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          站点编码（多个用逗号分隔） <input value={form.sites} onInput={field('sites')} />
        </label>
        <label>
          或乡镇编码 <input value={form.township} onInput={field('township')} />
        </label>
        <label>
          临时密码（至少 10 个字符） <input type="password" autocomplete="new-password" value={form.password} onInput={field('password')} />
        </label>
        <button type="submit">创建账号</button>
      </form>
      {message && <p role="status">{message}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
