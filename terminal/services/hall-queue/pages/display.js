// The hall display (issue 25): serving numbers per window, the last calls, waiting counts; each
// call flashes and is spoken by the kiosk's voice (the host sends WAV clips), as often as the hall
// set. Enrolled once with the hall's code; the token stays in this browser.
const tokenKey = 'hall-display-token';
const $ = (id) => document.getElementById(id);
let settings = { callRepeats: 2, secondLanguage: null };
const spoken = [];
let speaking = Promise.resolve();

function item(text, cls) {
  const li = document.createElement('li');
  if (cls) li.className = cls;
  li.textContent = text;
  return li;
}

function render(board) {
  $('counters').replaceChildren(
    ...board.counters.map((c) => {
      const li = document.createElement('li');
      li.className = c.paused ? 'counter paused' : 'counter';
      li.dataset.counter = String(c.number);
      const num = document.createElement('span');
      num.className = 'ticket';
      num.textContent = c.paused ? '暂停' : (c.ticket?.number ?? '—');
      const win = document.createElement('span');
      win.className = 'window';
      win.textContent = `${c.number} 号窗口`;
      li.append(num, win);
      return li;
    }),
  );
  $('calls').replaceChildren(...board.lastCalls.map((c) => item(`${c.number} → ${c.counterNumber} 号窗口`)));
  $('waiting').replaceChildren(...board.waiting.map((w) => item(`${w.name}  ${w.count} 人`)));
}

async function play(url) {
  const res = await fetch(url);
  if (!res.ok) return;
  const audio = new Audio(URL.createObjectURL(await res.blob()));
  await new Promise((resolve) => {
    audio.onended = audio.onerror = resolve;
    audio.play().catch(resolve);
  });
}

function announce(call, token) {
  $('flash').textContent = `请 ${call.number} 号到 ${call.counterNumber} 号窗口办理`;
  $('flash').classList.remove('on');
  void $('flash').offsetWidth; // restart the flash animation
  $('flash').classList.add('on');
  const locales = settings.secondLanguage ? ['zh-CN', settings.secondLanguage] : ['zh-CN'];
  speaking = speaking.then(async () => {
    for (let i = 0; i < settings.callRepeats; i++) {
      for (const locale of locales) await play(`/hall/call-audio/${call.id}?locale=${locale}&token=${encodeURIComponent(token)}`);
    }
    spoken.push(call.id);
    document.body.dataset.spoken = spoken.join(' ');
  });
}

async function start(token) {
  const who = await fetch(`/hall/whoami?token=${encodeURIComponent(token)}`);
  if (who.status === 401) return showEnroll();
  if (!who.ok) return setTimeout(() => start(token), 3000);
  settings = (await who.json()).settings;
  $('enroll').hidden = true;
  $('board').hidden = false;
  const events = new EventSource(`/hall/events?token=${encodeURIComponent(token)}`);
  events.addEventListener('board', (e) => render(JSON.parse(e.data).board));
  events.addEventListener('call', (e) => {
    const { call, board } = JSON.parse(e.data);
    render(board);
    announce(call, token);
  });
  events.onopen = () => (document.body.dataset.live = 'yes');
  events.onerror = () => {
    document.body.dataset.live = 'no';
    // A refused stream is not retried by the browser: ask again after a pause.
    if (events.readyState === EventSource.CLOSED) setTimeout(() => start(token), 3000);
  };
}

function showEnroll() {
  $('board').hidden = true;
  $('enroll').hidden = false;
  $('enroll').onsubmit = async (e) => {
    e.preventDefault();
    const res = await fetch('/hall/enroll', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: $('code').value }) });
    const answer = await res.json();
    if (!res.ok) return void ($('enroll-error').textContent = answer.message);
    localStorage.setItem(tokenKey, answer.token);
    start(answer.token);
  };
}

const saved = localStorage.getItem(tokenKey);
if (saved) start(saved);
else showEnroll();
