// The tiles a resident chooses one of (a service, a counter, a certificate, an item to apply for,
// a 诉求's kind): a grid of large outlined buttons, each an optional icon, a name and a line under
// it. The grid's and the tiles' rules are the "services" section of styles/app.css.
import { toChildArray, type ComponentChildren, type VNode } from 'preact';

/** The grid: each child (a ChoiceButton with its key) becomes one list item. */
export function ChoiceList({ label, class: extra, children }: { label?: string; class?: string; children: ComponentChildren }) {
  return (
    <ul class={extra ?? 'service-grid'} aria-label={label}>
      {toChildArray(children).map((child) => (
        <li key={(child as VNode).key}>{child}</li>
      ))}
    </ul>
  );
}

export interface ChoiceButtonProps {
  onClick(): void;
  name: ComponentChildren;
  /** A quiet line under the name (what the choice is, or where else it is offered). */
  description?: ComponentChildren;
  /** A warning line under the name instead (the service is out of order here). */
  notice?: ComponentChildren;
  icon?: ComponentChildren;
  disabled?: boolean;
  /** Shown as not available but still pressable (it then says why). */
  unavailable?: boolean;
  /** For the services screen's per-service styling and tests. */
  kind?: string;
  /** A screen's own name for its tiles, beside service-button. */
  class?: string;
}

export function ChoiceButton({ onClick, name, description, notice, icon, disabled, unavailable, kind, class: extra }: ChoiceButtonProps) {
  return (
    <button
      type="button"
      class={`service-button${unavailable ? ' out-of-service' : ''}${extra ? ` ${extra}` : ''}`}
      data-service-kind={kind}
      aria-disabled={unavailable ? 'true' : undefined}
      disabled={disabled}
      onClick={onClick}
    >
      {icon}
      <span class="service-text">
        <span class="service-name">{name}</span>
        {description && <span class="service-description">{description}</span>}
        {notice && <span class="service-notice">{notice}</span>}
      </span>
    </button>
  );
}
