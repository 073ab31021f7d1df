// Simple line icons drawn inline (no image files, nothing from the network). Always decorative:
// the words beside them carry the meaning, so screen readers skip them.
import type { ComponentChildren } from 'preact';
import type { ServiceKind } from '../../config/catalog-schema.ts';

function Icon({ children, size = '1.4em', directional = false }: { children: ComponentChildren; size?: string; directional?: boolean }) {
  return (
    <svg
      class={directional ? 'icon icon-directional' : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

const serviceShapes: Record<ServiceKind, ComponentChildren> = {
  'info-query': (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6M12 7.5v.5" />
    </>
  ),
  'certificate-print': (
    <>
      <path d="M7 9V3h10v6M7 18H5a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2" />
      <path d="M7 14h10v7H7z" />
    </>
  ),
  application: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M9 12h7M9 16h7M9 8h3" />
    </>
  ),
  demand: <path d="M4 5h16v11H9l-5 4z" />,
  'progress-query': (
    <>
      <circle cx="11" cy="11" r="7" />
      <path d="M16.5 16.5 21 21" />
    </>
  ),
  'queue-ticket': (
    <>
      <path d="M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4z" />
      <path d="M10 7v10" stroke-dasharray="2 2" />
    </>
  ),
  rating: <path d="m12 3 2.8 5.7 6.2.9-4.5 4.4 1 6.2-5.5-2.9-5.5 2.9 1-6.2L3 9.6l6.2-.9z" />,
  'public-matters': (
    <>
      <path d="M3 10v4h3l7 4V6L6 10z" />
      <path d="M17 9a4 4 0 0 1 0 6" />
    </>
  ),
};

export function ServiceIcon({ kind }: { kind: ServiceKind }) {
  return <Icon size="1.8em">{serviceShapes[kind]}</Icon>;
}

export function ExitIcon() {
  return (
    <Icon>
      <path d="M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10" />
    </Icon>
  );
}

export function BackIcon() {
  return (
    <Icon directional>
      <path d="M15 5l-7 7 7 7" />
    </Icon>
  );
}

export function CheckIcon() {
  return (
    <Icon>
      <path d="M5 12.5 10 17 19 7" />
    </Icon>
  );
}

export function ElderIcon() {
  return (
    <Icon>
      <path d="M4 19 9 5l5 14M6 14h6M15 19l3-8 3 8M16 16.5h4" />
    </Icon>
  );
}

/** An ID card: its photo on one side, lines of text on the other. */
export function IdCardIcon() {
  return (
    <Icon size="1.8em">
      <rect x="2" y="5" width="20" height="14" rx="2" />
      <circle cx="16" cy="11" r="2.5" />
      <path d="M5 10h6M5 14h5" />
    </Icon>
  );
}

export function PrinterIcon() {
  return <Icon>{serviceShapes['certificate-print']}</Icon>;
}

export function WarningIcon() {
  return (
    <Icon>
      <path d="M12 3 2 20h20z" />
      <path d="M12 10v4M12 17v.5" />
    </Icon>
  );
}

/** Faces from very happy (5) to very unhappy (1): the mouth bends with the level. */
export function FaceIcon({ level }: { level: number }) {
  const mouths: Record<number, string> = {
    5: 'M7.5 13.5q4.5 5 9 0',
    4: 'M8 14q4 3 8 0',
    3: 'M8 15h8',
    2: 'M8 16q4-3 8 0',
    1: 'M7.5 17q4.5-5 9 0',
  };
  return (
    <Icon size="2.2em">
      <circle cx="12" cy="12" r="9.5" />
      <path d="M9 9.5v.5M15 9.5v.5" stroke-width="2.5" />
      <path d={mouths[level] ?? mouths[3]} />
    </Icon>
  );
}
