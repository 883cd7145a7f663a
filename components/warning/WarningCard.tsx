import { Component, type ComponentChildren } from 'preact';
import type { Lang } from '@/lib/i18n';
import { KIND_LABELS } from '@/lib/kind-labels';
import type { Kind, Severity } from '@/lib/detect/types';
import { WARNING_STRINGS } from './strings';

export interface CardFinding {
  kind: Kind;
  severity: Severity;
  /** The offending characters as the page shows them. */
  text: string;
  /** The whole message they were in. */
  message: string;
  /** Every offending span of the message (UTF-16 offsets), all marked in the quote. */
  spans: [number, number][];
  hidden: boolean;
  explain: { asked: string; risk: string; instead: string };
  /** Set when the finding was read from an image: a code in it, or text written in it. */
  image?: {
    /** A small copy made by the extension (a PNG data: URL), never a page URL. */
    thumb?: string;
    /** What the code decodes to, or the value found in the text. */
    payload: string;
    /** The finding came from text read in the image: the message is that text, quoted like any message. */
    read?: boolean;
  };
}

export type CaptureState = 'idle' | 'saving' | 'saved' | { error: string };

export interface WarningCardProps {
  lang: Lang;
  finding: CardFinding;
  /** How often this finding was seen, and how many others on the page are not shown. */
  counts: CardCounts;
  capture: CaptureState;
  onCapture(): void;
  onDismiss(): void;
  onNotInducement(): void;
  onOpenLocker(): void;
}

/**
 * The message as text and <mark> pieces (never HTML), clipped around the
 * marked part so a long message stays readable.
 */
export function quotePieces(message: string, spans: [number, number][]): { text: string; mark: boolean }[] {
  const sorted = spans.filter(([a, b]) => a >= 0 && b <= message.length && a < b).sort((x, y) => x[0] - y[0]);
  const pieces: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [a, b] of sorted) {
    if (a < at) continue;
    if (a > at) pieces.push({ text: message.slice(at, a), mark: false });
    pieces.push({ text: message.slice(a, b), mark: true });
    at = b;
  }
  if (at < message.length) pieces.push({ text: message.slice(at), mark: false });
  const first = pieces[0];
  if (first && !first.mark && first.text.length > 120) first.text = '…' + first.text.slice(-120);
  const last = pieces[pieces.length - 1];
  if (last && !last.mark && pieces.length > 1 && last.text.length > 120) last.text = last.text.slice(0, 120) + '…';
  if (pieces.length === 1 && first && first.text.length > 240) first.text = first.text.slice(0, 240) + '…';
  return pieces;
}

/**
 * Only a person's click counts: a page script that finds our buttons (the
 * shadow root is open in test builds) cannot capture, dismiss or whitelist.
 */
function trusted(action: () => void) {
  return (e: Event) => {
    if (e.isTrusted) action();
  };
}

/**
 * The card's two counters: how often the shown finding was seen, and how many others the page holds. They change
 * far more often than the rest of the card (a live room repeats a finding every second or so), so each note that
 * shows one renders again on its own when they change, not the whole card.
 */
export class CardCounts {
  private readonly listeners = new Set<() => void>();

  constructor(
    public repeats = 1,
    public others = 0,
  ) {}

  set(repeats: number, others: number): void {
    if (repeats === this.repeats && others === this.others) return;
    this.repeats = repeats;
    this.others = others;
    for (const fn of this.listeners) fn();
  }

  listen(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

class CountNote extends Component<{ counts: CardCounts; children: (c: CardCounts) => ComponentChildren }> {
  private stop: (() => void) | undefined;

  override componentDidMount(): void {
    this.stop = this.props.counts.listen(() => this.forceUpdate());
  }

  override componentWillUnmount(): void {
    this.stop?.();
  }

  override render() {
    return this.props.children(this.props.counts);
  }
}

/**
 * The finding's image, quote and explanation. They stay the same while the card shows that finding and its
 * counters move (a live room repeats a finding every second or so), so a counter's change does not rebuild them.
 */
class CardBody extends Component<{ lang: Lang; finding: CardFinding }> {
  override shouldComponentUpdate(next: { lang: Lang; finding: CardFinding }): boolean {
    return next.finding !== this.props.finding || next.lang !== this.props.lang;
  }

  override render() {
    const f = this.props.finding;
    const s = WARNING_STRINGS[this.props.lang];
    return (
      <>
        {f.image ? (
          <figure class="image" data-testid="opg-image">
            {f.image.thumb?.startsWith('data:image/png;base64,') ? (
              <img src={f.image.thumb} alt={s.imageAlt} data-testid="opg-thumb" />
            ) : null}
            <figcaption>
              <span class="muted">{s.payload}</span>
              <code data-testid="opg-payload">{f.image.payload}</code>
            </figcaption>
          </figure>
        ) : null}
        {!f.image || f.image.read ? (
          <blockquote data-testid="opg-quote">
            {quotePieces(f.message, f.spans).map((piece, i) =>
              piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text,
            )}
            {f.hidden ? <span class="muted"> {s.hidden}</span> : null}
          </blockquote>
        ) : null}
        <dl>
          <dt>{s.asked}</dt>
          <dd>{f.explain.asked}</dd>
          <dt>{s.why}</dt>
          <dd>{f.explain.risk}</dd>
          <dt>{s.instead}</dt>
          <dd>{f.explain.instead}</dd>
        </dl>
      </>
    );
  }
}

export function WarningCard(p: WarningCardProps) {
  const s = WARNING_STRINGS[p.lang];
  const saving = p.capture === 'saving';
  return (
    <section class={`card sev-${p.finding.severity}`} data-testid="opg-warning" role="alert" aria-live="polite">
      <header>
        <span class="dot" aria-hidden="true" />
        <h2>{s.title}</h2>
      </header>
      <p class="kind" data-testid="opg-kind" data-kind={p.finding.kind}>
        {KIND_LABELS[p.lang][p.finding.kind]}
        <CountNote counts={p.counts}>{(c) => (c.repeats > 1 ? <span class="muted"> · {s.repeats(c.repeats)}</span> : null)}</CountNote>
      </p>
      <CardBody lang={p.lang} finding={p.finding} />
      <CountNote counts={p.counts}>
        {(c) =>
          c.others > 0 ? (
            <p class="muted" data-testid="opg-counter">
              {s.more(c.others)}
            </p>
          ) : null
        }
      </CountNote>
      <div class="actions">
        <button class="primary" data-testid="opg-capture" disabled={saving || p.capture === 'saved'} onClick={trusted(p.onCapture)}>
          {p.capture === 'saving' ? s.saving : s.capture}
        </button>
        <button data-testid="opg-open-locker" onClick={trusted(p.onOpenLocker)}>
          {s.openLocker}
        </button>
        <button data-testid="opg-not-inducement" onClick={trusted(p.onNotInducement)}>
          {s.notInducement}
        </button>
        <button data-testid="opg-dismiss" onClick={trusted(p.onDismiss)}>
          {s.dismiss}
        </button>
      </div>
      {typeof p.capture === 'object' ? (
        <p class="error" role="status">
          {s.failed}
          {p.capture.error}
        </p>
      ) : p.capture === 'saved' ? (
        <p class="ok" role="status" data-testid="opg-saved">
          ✓ {s.saved}
        </p>
      ) : null}
    </section>
  );
}

/*
 * One weight (400) throughout: hierarchy by size and colour. A bold or
 * semi-bold Chinese glyph makes the browser load another face of the CJK
 * font (tens of MB on Linux) during the card's first layout: 90–180 ms on
 * this machine, a long task on any page that shows no bold Chinese text of
 * its own (`npm run bench -- scan`, traced). The weight 400 face is the one
 * the page already uses.
 */
export const WARNING_CSS = `
:host { all: initial; }
.card {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  width: 340px; max-height: 70vh; overflow: auto; box-sizing: border-box;
  background: #fffdf7; color: #1f2933; border: 1px solid #e4d9bd; border-left: 5px solid #b45309;
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 12px 14px;
  font: 14px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
}
.card.sev-high { border-left-color: #b91c1c; }
.card.sev-low { border-left-color: #1d4ed8; }
header { display: flex; align-items: center; gap: 8px; }
h2 { font-size: 16px; margin: 0; font-weight: 400; color: #111827; letter-spacing: .01em; }
.dot { width: 10px; height: 10px; border-radius: 50%; background: currentColor; flex: none; color: #b45309; }
.sev-high .dot { color: #b91c1c; }
.kind { margin: 6px 0; color: #7c2d12; }
blockquote { margin: 6px 0; padding: 6px 8px; background: #f5f1e6; border-radius: 6px; white-space: pre-wrap; word-break: break-word; }
mark { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; }
dl { margin: 6px 0; }
dt { font-size: 12px; color: #52606d; margin-top: 6px; text-transform: uppercase; letter-spacing: .04em; }
dd { margin: 0; }
.muted { color: #52606d; font-weight: 400; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { font: inherit; font-size: 13px; border: 1px solid #cbd2d9; background: #fff; color: #1f2933; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
button:disabled { opacity: .7; cursor: default; }
.ok { color: #0f766e; margin: 6px 0 0; }
figure.image { margin: 6px 0; padding: 6px 8px; background: #f5f1e6; border-radius: 6px; }
figure.image img { display: block; max-width: 100%; max-height: 180px; margin: 0 auto 6px; border-radius: 4px; }
figure.image code { display: block; font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
.error { color: #b91c1c; margin: 6px 0 0; }
.note { position: fixed; z-index: 2147483647; max-width: 360px; box-sizing: border-box; background: #eff6ff; color: #1f2933;
  border: 1px solid #bfdbfe; border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 14px rgba(0,0,0,.12);
  font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; }
.note button { margin-left: 8px; }
`;
