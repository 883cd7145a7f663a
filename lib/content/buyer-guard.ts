import type { Finding, Kind } from '../detect/types';

/** What a shopper should think twice about sending to a seller. */
const OWN_DETAILS: ReadonlySet<Kind> = new Set<Kind>(['phone', 'wechat', 'qq', 'bank_account', 'email', 'payment_account']);

function isChatBox(el: EventTarget | null): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el.closest('[data-opg-ui]')) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return el.type === 'text' || el.type === 'search' || el.type === '';
  return el.isContentEditable;
}

function valueOf(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.innerText ?? '');
}

/**
 * When the shopper types their own phone, WeChat, QQ or card number into a
 * box on the page, show a gentle note next to it. It never blocks sending and
 * never reads what is not being typed.
 */
export function startBuyerGuard(doc: Document, detect: (text: string) => Promise<readonly Finding[]>, note: (anchor: DOMRect) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let shownFor = new WeakSet<HTMLElement>();
  const onInput = (e: Event) => {
    const el = e.target;
    if (!e.isTrusted || !isChatBox(el) || shownFor.has(el)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const text = valueOf(el).slice(0, 2_000);
      if (text.length < 5) return;
      void detect(text).then(
        (findings) => {
          // The shopper may have sent it meanwhile: the note is still due (it is advice, not a block).
          if (shownFor.has(el) || !findings.some((f) => OWN_DETAILS.has(f.kind))) return;
          shownFor.add(el);
          note(el.getBoundingClientRect());
        },
        () => undefined,
      );
    }, 400);
  };
  doc.addEventListener('input', onInput, true);
  return () => {
    doc.removeEventListener('input', onInput, true);
    if (timer) clearTimeout(timer);
    shownFor = new WeakSet();
  };
}
