// 点读 ("touch and hear") for people who cannot see the screen well: the first touch on a control
// speaks its name, a second touch on the same control activates it. Done once, at the app root,
// with capture-phase listeners, so every screen (and every screen added later) gets it unchanged.
import { useEffect } from 'preact/hooks';
import type { VoiceController } from './voice-controller.ts';

const controls = 'button, a[href], [role="button"], input, [role="radio"], [role="checkbox"], [role="tab"]';

/** What a screen reader would say: aria-label, else the labelled-by text, else the visible text. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function useTouchAndHear(voice: VoiceController | null, enabled: boolean): void {
  useEffect(() => {
    if (!voice || !enabled) return;
    let armed: Element | null = null;
    const onClick = (event: MouseEvent) => {
      const control = event.target instanceof Element ? event.target.closest(controls) : null;
      // The mode's own switch always acts at once: it must be possible to turn it off.
      if (!control || control.closest('[data-voice-direct]')) return;
      if (control === armed) {
        armed = null; // second touch: let the click through
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      armed = control;
      voice.say({ text: accessibleName(control) });
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, [voice, enabled]);
}
