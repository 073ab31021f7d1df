// Logging in (a named account, or the built-in admin with the password alone) and choosing one's
// own password when an admin has just created or reset the account.
import { useState } from 'preact/hooks';
import { changePassword, login, type SessionInfo } from './api.ts';

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
      <h1>便民服务后台 Admin console</h1>
      <label>
        账号 User name <input autocomplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
      </label>
      <label>
        密码 Password <input type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <button type="submit">登录 Log in</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

export function ChangePassword({ session, onDone }: { session: SessionInfo; onDone: (session: SessionInfo) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [submit, error, setError] = useSubmit(async () => {
    if (next !== again) return setError('两次输入的新密码不一致');
    onDone(await changePassword(current, next));
  });
  return (
    <form class="login" onSubmit={submit}>
      <h1>请设置您自己的密码</h1>
      <p>
        {session.displayName}（{session.username}）：管理员为您设置的是临时密码，修改后才能开始工作。新密码至少 10 个字符。
      </p>
      <label>
        临时密码 <input type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
      </label>
      <label>
        新密码 <input type="password" autocomplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
      </label>
      <label>
        再次输入新密码 <input type="password" autocomplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
      </label>
      <button type="submit">保存新密码</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
