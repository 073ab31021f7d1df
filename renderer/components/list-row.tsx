// One row of a list the resident picks from (a case, a guide, a topic, an item to rate): a
// full-width outlined button, its words at the start and, beside them, a state at the end.
// `stacked` puts the lines under each other instead (a name with its department below).
import type { ComponentChildren } from 'preact';
import './list-row.css';

export interface ListRowProps {
  onClick(): void;
  children: ComponentChildren;
  disabled?: boolean;
  stacked?: boolean;
  /** The screen's own name for its rows (tests and the screen's stylesheet find them by it). */
  class: string;
}

export function ListRow({ onClick, children, disabled, stacked, class: name }: ListRowProps) {
  return (
    <button type="button" class={`list-row${stacked ? ' stacked' : ''} ${name}`} disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}
