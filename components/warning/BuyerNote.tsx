import type { Lang } from '@/lib/i18n';
import { WARNING_STRINGS } from './strings';

/** A gentle note above the chat box when the shopper types their own contact or card details. */
export function BuyerNote(p: { lang: Lang; x: number; y: number; onClose(): void }) {
  const s = WARNING_STRINGS[p.lang];
  return (
    <div class="note" data-testid="opg-buyer-note" role="note" style={{ left: `${p.x}px`, top: `${p.y}px`, transform: 'translateY(-100%)' }}>
      {s.buyerNote}
      <button onClick={p.onClose}>{s.buyerDismiss}</button>
    </div>
  );
}
