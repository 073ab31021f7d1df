// The top of a screen: its title (with an optional lead line under it) and the one way back or
// out, always in the same place so a resident finds it on every screen. Technician pages use it
// too, `plain`: the maintenance overlay's own plain title and buttons, not the resident's big ones.
import type { ComponentChildren } from 'preact';
import { BigButton } from './big-button.tsx';
import { BackIcon } from './icons.tsx';
import { t } from '../i18n/index.ts';
import './screen-header.css';

export interface ScreenHeaderProps {
  title: ComponentChildren;
  /** A line under the title (what to do here, or what this page is). */
  lead?: ComponentChildren;
  onBack(): void;
  /** Words on the way back; 返回 unless the screen leaves the session or steps back in a form. */
  backLabel?: ComponentChildren;
  backIcon?: ComponentChildren;
  /** Other controls, between the title and the way back (a technician page's second way on). */
  actions?: ComponentChildren;
  /** A technician page: plain title and buttons, in the technician overlay's look. */
  plain?: boolean;
}

export function ScreenHeader({ title, lead, onBack, backLabel, backIcon, actions, plain = false }: ScreenHeaderProps) {
  const heading = <h1 class={plain ? undefined : 'greeting'}>{title}</h1>;
  const back = plain ? (
    <button type="button" onClick={onBack}>
      {backLabel ?? t.back}
    </button>
  ) : (
    <BigButton variant="quiet" icon={backIcon ?? <BackIcon />} onClick={onBack}>
      {backLabel ?? t.back}
    </BigButton>
  );
  return (
    <header class={plain ? 'screen-header plain' : 'screen-header'}>
      {lead === undefined ? (
        heading
      ) : (
        <div>
          {heading}
          <p class="lead">{lead}</p>
        </div>
      )}
      {actions}
      {back}
    </header>
  );
}
