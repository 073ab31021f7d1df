// The one button of the kiosk: a real <button>, finger-sized, icon + words. Its accessible name is
// exactly its visible text (icons are aria-hidden). `main` marks the screen's one main action
// (data-main-action): 长辈版 draws only that one filled and larger, every other button outlined.
import type { ComponentChildren } from 'preact';

export interface BigButtonProps {
  onClick(): void;
  children: ComponentChildren;
  icon?: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'quiet';
  disabled?: boolean;
  pressed?: boolean;
  /** The screen's one main action (at most one per screen). */
  main?: boolean;
  class?: string;
}

export function BigButton({ onClick, children, icon, variant = 'primary', disabled, pressed, main, class: extra }: BigButtonProps) {
  return (
    <button
      type="button"
      class={`big-button ${variant}${extra ? ` ${extra}` : ''}`}
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed === undefined ? undefined : pressed ? 'true' : 'false'}
      data-main-action={main ? '' : undefined}
    >
      {icon}
      <span class="big-button-text">{children}</span>
    </button>
  );
}
