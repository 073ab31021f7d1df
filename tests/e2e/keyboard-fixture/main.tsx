// A page with one real text field and the kiosk keyboard below it, for the keyboard's browser test:
// ?layouts=phone or ?layouts=pinyin,latin chooses what the keyboard offers; ?locale=bo the language
// (a text field then offers the language's script first).
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Keyboard, type KeyboardLayout } from '../../../renderer/components/keyboard/keyboard.tsx';
import { setLocale } from '../../../renderer/i18n/index.ts';
import type { Locale } from '../../../shared/locales.ts';
import '../../../renderer/styles/app.css';

const params = new URLSearchParams(location.search);
const layouts = (params.get('layouts') ?? 'pinyin').split(',') as KeyboardLayout[];
if (params.get('locale')) setLocale(params.get('locale') as Locale);

function Fixture() {
  const [value, setValue] = useState('');
  const [entered, setEntered] = useState(0);
  return (
    <main style={{ display: 'flex', flexDirection: 'column', gap: '16px', height: '100vh', justifyContent: 'flex-end' }}>
      <input aria-label="输入框" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      <output aria-label="确定次数">{entered}</output>
      <Keyboard
        layouts={layouts}
        onInput={(text) => setValue((v) => v + text)}
        onBackspace={() => setValue((v) => [...v].slice(0, -1).join(''))}
        onEnter={() => setEntered((n) => n + 1)}
        onClear={() => setValue('')}
      />
    </main>
  );
}

render(<Fixture />, document.getElementById('app')!);
