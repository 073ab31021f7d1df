// The hidden way into technician mode: five taps in the top-left corner within three seconds. It
// lies above every screen and overlay (connecting, errors, out of service), is invisible, and
// lets every touch through to what lies beneath only when it is not in the corner.
import { useRef } from 'preact/hooks';

export const TAPS_TO_OPEN = 5;
export const TAP_WINDOW_MS = 3000;

export function TechnicianCorner({ onOpen }: { onOpen(): void }) {
  const taps = useRef<number[]>([]);
  const onTap = () => {
    const now = Date.now();
    taps.current = [...taps.current.filter((t) => now - t < TAP_WINDOW_MS), now];
    if (taps.current.length >= TAPS_TO_OPEN) {
      taps.current = [];
      onOpen();
    }
  };
  return <div class="technician-corner" data-testid="technician-corner" aria-hidden="true" onPointerDown={onTap} />;
}
