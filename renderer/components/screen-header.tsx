// The top of a screen: its title (with an optional lead line under it) and the one way back or
// out, always in the same place so a resident finds it on every screen.
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
}

export function ScreenHeader({ title, lead, onBack, backLabel, backIcon }: ScreenHeaderProps) {
  const heading = <h1 class="greeting">{title}</h1>;
  return (
    <header class="screen-header">
      {lead === undefined ? (
        heading
      ) : (
        <div>
          {heading}
          <p class="lead">{lead}</p>
        </div>
      )}
      <BigButton variant="quiet" icon={backIcon ?? <BackIcon />} onClick={onBack}>
        {backLabel ?? t.back}
      </BigButton>
    </header>
  );
}
