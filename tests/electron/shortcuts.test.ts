import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { isBlockedShortcut, type KeyInput } from '../../electron/policy/shortcuts.ts';

function key(keyName: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput {
  return { key: keyName, alt: false, control: false, meta: false, shift: false, type: 'keyDown', ...mods };
}

describe('isBlockedShortcut', () => {
  const blocked: [string, KeyInput][] = [
    ['Alt+F4 (close window)', key('F4', { alt: true })],
    ['Alt+Tab (switch window)', key('Tab', { alt: true })],
    ['Alt+Shift+Tab', key('Tab', { alt: true, shift: true })],
    ['Alt+Escape', key('Escape', { alt: true })],
    ['Alt+Space (window menu)', key(' ', { alt: true })],
    ['Alt+Left (back)', key('ArrowLeft', { alt: true })],
    ['Alt+Right (forward)', key('ArrowRight', { alt: true })],
    ['Ctrl+W (close)', key('w', { control: true })],
    ['Ctrl+W with caps lock', key('W', { control: true })],
    ['Ctrl+W on a non-Latin layout (code KeyW)', key('ц', { control: true, code: 'KeyW' })],
    ['Ctrl+F4 (close tab)', key('F4', { control: true })],
    ['Ctrl+Q (quit)', key('q', { control: true })],
    ['Ctrl+R (reload)', key('r', { control: true })],
    ['Ctrl+Shift+R (hard reload)', key('R', { control: true, shift: true })],
    ['F5 (reload)', key('F5')],
    ['Ctrl+F5', key('F5', { control: true })],
    ['F11 (leave full screen)', key('F11')],
    ['F12 (DevTools)', key('F12')],
    ['Ctrl+Shift+I (DevTools)', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J (console)', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C (inspect)', key('C', { control: true, shift: true })],
    ['Ctrl+N (new window)', key('n', { control: true })],
    ['Ctrl+T (new tab)', key('t', { control: true })],
    ['Ctrl+P (print dialog)', key('p', { control: true })],
    ['Ctrl+O (open file)', key('o', { control: true })],
    ['Ctrl+S (save page)', key('s', { control: true })],
    ['Ctrl+U (view source)', key('u', { control: true })],
    ['Ctrl+F (find bar)', key('f', { control: true })],
    ['Ctrl++ (zoom in)', key('+', { control: true, shift: true })],
    ['Ctrl+= (zoom in)', key('=', { control: true })],
    ['Ctrl+- (zoom out)', key('-', { control: true })],
    ['Ctrl+0 (reset zoom)', key('0', { control: true })],
    ['Ctrl+Tab', key('Tab', { control: true })],
    ['Meta alone (start menu)', key('Meta', { meta: true })],
    ['Meta+D (show desktop)', key('d', { meta: true })],
    ['Meta+L (lock)', key('l', { meta: true })],
    ['Cmd+Q', key('q', { meta: true })],
    ['F1 (help)', key('F1')],
    ['F7 (caret browsing)', key('F7')],
    ['browser Back key', key('BrowserBack')],
    ['browser Refresh key', key('BrowserRefresh')],
    ['the same combination on key up', key('F4', { alt: true, type: 'keyUp' })],
  ];
  for (const [name, input] of blocked) {
    test(`blocks ${name}`, () => assert.equal(isBlockedShortcut(input), true));
  }

  const allowed: [string, KeyInput][] = [
    ['a letter', key('a')],
    ['a capital letter', key('A', { shift: true })],
    ['a digit', key('7')],
    ['Enter', key('Enter')],
    ['Backspace', key('Backspace')],
    ['Tab (focus next field)', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['arrow keys', key('ArrowDown')],
    ['Escape (close a dialog in the app)', key('Escape')],
    ['space', key(' ')],
    ['IME composition', key('Process')],
    ['a Chinese character', key('张')],
    ['Ctrl+A (select all)', key('a', { control: true })],
    ['Ctrl+C (copy)', key('c', { control: true })],
    ['Ctrl+V (paste)', key('v', { control: true })],
    ['Ctrl+X (cut)', key('x', { control: true })],
    ['Ctrl+Z (undo)', key('z', { control: true })],
    ['Ctrl+Shift+Z (redo)', key('Z', { control: true, shift: true })],
    ['AltGr+Q typing @ (reported as Ctrl+Alt)', key('@', { control: true, alt: true, code: 'KeyQ' })],
    ['Alt+letter producing an accented letter', key('é', { alt: true, code: 'KeyE' })],
  ];
  for (const [name, input] of allowed) {
    test(`lets through ${name}`, () => assert.equal(isBlockedShortcut(input), false));
  }
});
