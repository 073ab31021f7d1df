// The voice bar's pictures: a speaker with 0–2 sound waves, and the hand of 点读.

export function SpeakerIcon({ waves }: { waves: 0 | 1 | 2 }) {
  return (
    <svg class="icon" width="1.4em" height="1.4em" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d="M4 9h4l5-4v14l-5-4H4z" />
      {waves >= 1 && <path d="M16 9.5a3.5 3.5 0 0 1 0 5" />}
      {waves >= 2 && <path d="M18.5 7a7 7 0 0 1 0 10" />}
    </svg>
  );
}

export function HandIcon() {
  return (
    <svg class="icon" width="1.4em" height="1.4em" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d="M9 11V5a1.5 1.5 0 0 1 3 0v6m0-1V4a1.5 1.5 0 0 1 3 0v7m0-2a1.5 1.5 0 0 1 3 0v5a7 7 0 0 1-7 7h-1a6 6 0 0 1-5-3l-2.5-4.5a1.5 1.5 0 0 1 2.6-1.5L9 14" />
    </svg>
  );
}
