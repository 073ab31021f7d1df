// Text that reads left-to-right in every language: ticket numbers, case numbers, codes, phone
// numbers. In Uyghur (dir=rtl) it stays one isolated left-to-right run instead of being reordered
// with the sentence around it; <bdi> keeps it from disturbing that sentence in turn.
import type { ComponentChildren } from 'preact';

export function Ltr({ children }: { children: ComponentChildren }) {
  return (
    <bdi dir="ltr" class="ltr">
      {children}
    </bdi>
  );
}
