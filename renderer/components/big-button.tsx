// The one button of the kiosk: a real <button>, finger-sized, icon + words. Its accessible name is
// exactly its visible text (icons are aria-hidden).
import type { ComponentChildren } from 'preact';

export interface BigButtonProps {
  onClick(): void;
  children: ComponentChildren;
  icon?: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'quiet';
  disabled?: boolean;
  pressed?: boolean;
  class?: string;
}

export function BigButton({ onClick, children, icon, variant = 'primary', disabled, pressed, class: extra }: BigButtonProps) {
  return (
    <button
      type="button"
      class={`big-button ${variant}${extra ? ` ${extra}` : ''}`}
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed === undefined ? undefined : pressed ? 'true' : 'false'}
    >
      {icon}
      <span class="big-button-text">{children}</span>
    </button>
  );
}
