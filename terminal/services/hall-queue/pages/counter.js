// A counter's page (issue 25): sign in with the counter's PIN, then big buttons for 叫号, 重呼,
// 过号, 开始办理, 完成, 暂停, 转窗口 and recalling a 过号 number. The page reloads its state on
// every change the host announces, and reconnects by itself when the host restarts.
const tokenKey = 'hall-counter-token';
const $ = (id) => document.getElementById(id);
const stateNames = { called: '已叫号，等候办事人', serving: '正在办理' };
// 残疾人 and 军人 asked for priority at the kiosk: the clerk checks the certificate.
const priorityNames = { elder: '长辈优先', disabled: '残疾人优先（请查验残疾人证）', military: '军人优先（请查验军人证件）', appointment: '预约优先' };
let token = sessionStorage.getItem(tokenKey);

async function api(method, body) {
  const res = await fetch('/hall/counter', {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body && { 'Content-Type': 'application/json' }) },
    ...(body && { body: JSON.stringify(body) }),
  });
  if (res.status === 401) {
    sessionStorage.removeItem(tokenKey);
    showSignIn();
    return null;
  }
  return res.json();
}

async function refresh() {
  const view = await api('GET');
  if (!view) return;
  $('desk-name').textContent = `${view.number} 号窗口`;
  $('waiting-count').textContent = `本窗口业务等候 ${view.waiting} 人`;
  $('current').textContent = view.ticket?.number ?? '—';
  $('current-state').textContent = view.ticket
    ? [stateNames[view.ticket.state], priorityNames[view.ticket.priority]].filter(Boolean).join(' · ')
    : view.paused
      ? '已暂停'
      : '空闲';
  const pause = $('pause');
  pause.textContent = view.paused ? '恢复' : '暂停';
  pause.dataset.action = view.paused ? 'resume' : 'pause';
  $('transfer-to').replaceChildren(
    ...view.queueNames.map((q) => {
      const option = document.createElement('option');
      option.value = q.queueId;
      option.textContent = q.name;
      return option;
    }),
  );
  $('recallable').replaceChildren(
    ...view.recallable.map((number) => {
      const button = document.createElement('button');
      button.textContent = number;
      button.onclick = () => act({ kind: 'recall', number });
      return button;
    }),
  );
}

async function act(action) {
  const outcome = await api('POST', action);
  if (!outcome) return;
  $('message').textContent = outcome.ok ? '' : outcome.message;
  await refresh();
}

function listen() {
  const events = new EventSource(`/hall/events?token=${encodeURIComponent(token)}`);
  events.onopen = () => {
    $('link').textContent = '已连接';
    document.body.dataset.live = 'yes';
    void refresh();
  };
  events.addEventListener('board', () => void refresh());
  events.addEventListener('call', () => void refresh());
  events.onerror = () => {
    $('link').textContent = '连接中断，正在重连…';
    document.body.dataset.live = 'no';
    if (events.readyState === EventSource.CLOSED) setTimeout(listen, 3000);
  };
}

function showDesk() {
  $('sign-in').hidden = true;
  $('desk').hidden = false;
  for (const button of document.querySelectorAll('.actions button, .more button[data-action]')) {
    button.onclick = () => {
      const kind = button.dataset.action;
      void act(kind === 'transfer' ? { kind, queueId: $('transfer-to').value } : { kind });
    };
  }
  listen();
}

function showSignIn() {
  $('desk').hidden = true;
  $('sign-in').hidden = false;
  $('sign-in').onsubmit = async (e) => {
    e.preventDefault();
    const res = await fetch('/hall/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ counterId: $('counter-id').value.trim(), pin: $('pin').value }) });
    const answer = await res.json();
    if (!res.ok) return void ($('sign-in-error').textContent = answer.message);
    token = answer.token;
    sessionStorage.setItem(tokenKey, token);
    showDesk();
  };
}

if (token) showDesk();
else showSignIn();
