// The attract screen's picture: a card going down onto the reader, drawn in SVG and gently
// animated with CSS so the eye finds where to put the card. While a card is read it lies on the
// reader and the pad glows, matching "keep the card still".
export function CardIllustration({ reading = false }: { reading?: boolean }) {
  return (
    <svg class={reading ? 'card-illustration reading' : 'card-illustration'} viewBox="0 0 240 170" aria-hidden="true" focusable="false">
      <rect class="reader" x="30" y="112" width="180" height="40" rx="10" />
      <rect class="reader-pad" x="62" y="104" width="116" height="12" rx="4" />
      <g class="card">
        <rect x="70" y="10" width="100" height="64" rx="8" />
        <circle class="card-photo" cx="146" cy="38" r="12" />
        <path class="card-lines" d="M82 30h40M82 42h34M82 54h48" />
      </g>
      <path class="arrow" d="M120 80v16M112 89l8 8 8-8" />
    </svg>
  );
}
