// A passing message for the resident (e.g. a refused card), gone after the pace's delay.
import { useEffect } from 'preact/hooks';
import { WarningIcon } from './icons.tsx';

export function NoticeToast({ message, durationMs, onDone }: { message: string; durationMs: number; onDone(): void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, durationMs);
    return () => clearTimeout(timer);
  }, [message, durationMs, onDone]);
  return (
    <div class="notice-toast" role="alert">
      <WarningIcon />
      <span>{message}</span>
    </div>
  );
}
