// The kiosk's keyboard as every resident-facing field uses it: pinyin with candidates, Latin letters,
// digits and a telephone pad, never the operating system's. It sits in the page flow below the
// field it edits (never over it), every key is a finger-sized <button> whose accessible name is what
// it types, and touching it leaves the focus where it was.
//
// Contract: the keyboard never edits a field itself. It hands over finished text (`onInput`: a
// letter, a digit, or a whole Chinese word chosen from the candidates), asks for one character to
// be deleted (`onBackspace`, only when it has no pinyin of its own left to delete), and `onEnter`.
// The field owns its value, its limits and its validation.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { getLocale, t } from '../../i18n/index.ts';
import { LATCH } from '../../i18n/keyboard-layouts/types.ts';
import { CandidateBar } from './candidate-bar.tsx';
import { LAYOUT_ROWS, PHONE_ROWS, PINYIN_PUNCTUATION, SCRIPT_LAYOUTS, isScriptLayout, layoutsForLocale, scriptRows, type KeyboardLayout } from './layouts.ts';
import { LayoutSwitcher } from './layout-switcher.tsx';
import { usePinyinComposition } from './use-pinyin-composition.ts';
import { HandwritingPad } from './handwriting/handwriting-pad.tsx';
import { useHandwriting } from './handwriting/use-handwriting.ts';
import './keyboard.css';

export type { KeyboardLayout };

export interface KeyboardProps {
  /**
   * The layouts the resident may switch between; the first is shown first. A text field (pinyin or
   * latin) also offers, first, the script of the current language (Tibetan in bo, Uyghur in ug).
   */
  layouts: readonly KeyboardLayout[];
  onInput(text: string): void;
  onBackspace(): void;
  onEnter?(): void;
  /** Extra keys a field needs beyond the layout (e.g. "-" or "X" for an ID number). */
  extraKeys?: readonly string[];
  /** Shows a 清空 key that empties the field (and any pinyin being typed). */
  onClear?(): void;
}

function Key({ text, label, wide, pressed, onPress }: { text: string; label?: string; wide?: 'wide' | 'space'; pressed?: boolean; onPress(): void }) {
  return (
    <button type="button" class={wide ? `kb-key ${wide}` : 'kb-key'} aria-label={label} aria-pressed={pressed} onClick={onPress}>
      {text}
    </button>
  );
}

export function Keyboard({ layouts: given, onInput, onBackspace, onEnter, extraKeys = [], onClear }: KeyboardProps) {
  if (given.length === 0) throw new Error('Keyboard: give at least one layout (pinyin, latin, digits or phone)');
  const layouts = layoutsForLocale(given, getLocale());
  const [chosen, setChosen] = useState<KeyboardLayout>(layouts[0]!);
  const layout = layouts.includes(chosen) ? chosen : layouts[0]!;
  // A script layout's layer: shift stays until pressed again; subjoined (Tibetan stacks) lasts one key.
  const [layer, setLayer] = useState<'default' | 'shift' | 'subjoined'>('default');
  const pinyin = layout === 'pinyin';
  const composition = usePinyinComposition(pinyin, onInput);
  const handwriting = layout === 'handwriting';
  const written = useHandwriting(handwriting, onInput);
  const k = t.keyboard;
  // The keyboard takes the bottom of a form's screen: the field it opened for (the form's active
  // box) is scrolled into what is left above it, or 长辈版's large type hid it behind the keys.
  const ref = useRef<HTMLDivElement>(null);
  // Again when the layout changes: 手写's box is taller than the letter keys.
  useLayoutEffect(() => {
    ref.current?.closest('.form-engine')?.querySelector('.form-box.active')?.scrollIntoView({ block: 'nearest' });
  }, [layout]);

  const type = (key: string) => {
    if (pinyin && /^[a-z]$/.test(key)) return composition.type(key);
    if (composition.letters) composition.commitFirst(); // punctuation after pinyin: the word, then the mark
    written.commitFirst(); // and after a written character
    written.forgetContext(); // a mark ends the phrase: nothing follows it
    if (layer === 'subjoined') setLayer('default');
    onInput(key);
  };
  const backspace = () => {
    if (composition.deleteLetter() || written.deleteStroke()) return;
    written.forgetContext();
    onBackspace();
  };
  const space = () => (composition.letters ? composition.commitFirst() : written.commitFirst() || onInput(' '));
  const enter = () => (composition.letters ? composition.commitFirst() : written.commitFirst() || onEnter?.());
  const clear = () => {
    composition.clear();
    written.clear();
    onClear?.();
  };
  const switchTo = (next: KeyboardLayout) => {
    composition.commitLetters();
    written.clear();
    setLayer('default');
    setChosen(next);
  };
  const latch = () => setLayer((l) => (l === 'subjoined' ? 'default' : 'subjoined'));
  const keys = (row: readonly string[]) =>
    row.map((ch, i) =>
      ch === LATCH ? (
        <Key key={`latch${i}`} text={k.subjoined} wide="wide" pressed={layer === 'subjoined'} onPress={latch} />
      ) : ch === '' ? (
        <span key={`blank${i}`} class="kb-key blank" />
      ) : (
        <Key key={`${ch}${i}`} text={ch} onPress={() => type(ch)} />
      ),
    );
  const backspaceKey = <Key text={k.backspace} wide="wide" onPress={backspace} />;

  return (
    // Pressing a key must not take focus from the field the resident is filling in.
    <div ref={ref} class={`kb kb-${layout}`} role="group" aria-label={k.group} onMouseDown={(e) => e.preventDefault()}>
      {pinyin && <CandidateBar composition={composition} />}
      {handwriting && <CandidateBar composition={written} lettersShown={false} hint={k.handwritingHint} loadingText={k.loadingHandwriting} nothingText={k.noHandwritingMatch} />}
      {handwriting ? (
        <div class="kb-row kb-handwriting">
          <HandwritingPad strokes={written.strokes} onStroke={written.addStroke} />
          <div class="kb-handwriting-keys">
            <Key text={k.handwritingClear} wide="wide" onPress={written.clear} />
            {backspaceKey}
          </div>
        </div>
      ) : layout === 'phone' ? (
        // A telephone's pad is 1-2-3 left to right in every language: dir="ltr", or Uyghur's
        // right-to-left page mirrors it to 3-2-1.
        <>
          {PHONE_ROWS.map((row) => (
            <div class="kb-row" dir="ltr" key={row.join('')}>
              {keys(row)}
            </div>
          ))}
          <div class="kb-row" dir="ltr">
            {extraKeys.length ? keys(extraKeys) : onClear ? <Key text={k.clear} wide="wide" onPress={clear} /> : <span class="kb-key blank" />}
            {keys(['0'])}
            {backspaceKey}
          </div>
        </>
      ) : isScriptLayout(layout) ? (
        // Keys where the PC layout puts them (left to right even for Uyghur); each key's text in its own direction.
        scriptRows(layout, layer).map((row, i, rows) => (
          <div class="kb-row" dir="ltr" lang={SCRIPT_LAYOUTS[layout].locale} key={`${layout}-${layer}-${i}`}>
            {keys(row)}
            {i === rows.length - 1 && backspaceKey}
          </div>
        ))
      ) : (
        // Digits, Latin letters and pinyin keep their keyboard order (1 to 0, q to p) in Uyghur too.
        LAYOUT_ROWS[layout].map((row, i, rows) => (
          <div class="kb-row" dir="ltr" key={row.join('')}>
            {keys(row)}
            {i === rows.length - 1 && backspaceKey}
          </div>
        ))
      )}
      <div class="kb-row">
        <LayoutSwitcher layouts={layouts} current={layout} onSwitch={switchTo} />
        {onClear && layout !== 'phone' && <Key text={k.clear} wide="wide" onPress={clear} />}
        {isScriptLayout(layout) && SCRIPT_LAYOUTS[layout].layers.shift && (
          <Key text={k.shift} wide="wide" pressed={layer === 'shift'} onPress={() => setLayer((l) => (l === 'shift' ? 'default' : 'shift'))} />
        )}
        {layout !== 'phone' && keys(extraKeys)}
        {(pinyin || handwriting) && keys(PINYIN_PUNCTUATION)}
        {layout !== 'phone' && <Key text={k.space} wide="space" onPress={space} />}
        {onEnter && <Key text={k.enter} wide="wide" onPress={enter} />}
      </div>
    </div>
  );
}
