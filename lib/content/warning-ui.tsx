import { render } from 'preact';
import { BuyerNote } from '@/components/warning/BuyerNote';
import { CardCounts, WARNING_CSS, WarningCard, type CaptureState, type CardFinding } from '@/components/warning/WarningCard';
import type { Lang } from '../i18n';
import { severityRank } from '../detect/types';
import { CORNER, isBurst, placeCard } from './card-placement';

export interface ShownFinding extends CardFinding {
  /** Identity of "the same finding" for the repeat counter. */
  key: string;
}

export interface WarningActions {
  capture(f: ShownFinding): Promise<void>;
  notInducement(f: ShownFinding): void;
  openLocker(): void;
}

/**
 * The one warning surface of a frame: a host element holding a shadow root,
 * so page CSS and scripts cannot restyle or read it (closed in production;
 * open in test builds so end-to-end tests can look inside).
 */
export class WarningUi {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private current: ShownFinding | null = null;
  private repeats = new Map<string, number>();
  private capture: CaptureState = 'idle';
  private dismissed = false;
  private others = 0;
  /** What the card's counters read: they render on their own (see CardCounts). */
  private readonly counts = new CardCounts();
  private note: { x: number; y: number } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly lang: Lang,
    private readonly actions: WarningActions,
    private readonly openShadow: boolean,
  ) {}

  /** The message the card points at, and whether it is one of a chat's. */
  private anchor: { el: Element; chat: boolean } | null = null;
  private shownAt: number[] = [];
  private following = false;
  private readonly onMove = (): void => this.paint();

  /**
   * Show a finding: a new one replaces a weaker card; a repeat raises the
   * counter. `anchor` is the message's element: the card sits beside it when
   * that helps (see placeCard).
   */
  show(f: ShownFinding, anchor?: { el: Element; chat: boolean }): void {
    const now = Date.now();
    this.shownAt = [...this.shownAt.filter((t) => now - t < 60_000), now].slice(-10);
    const seen = this.repeats.get(f.key) ?? 0;
    this.repeats.set(f.key, seen + 1);
    if (this.current && this.current.key === f.key) {
      this.count();
      return;
    }
    // Already counted among the others: the card reads the same; only its place may change (a burst moves it to the corner).
    if (seen > 0 && this.current) {
      this.paint();
      return;
    }
    // Only a stronger finding takes the card over: in a live room a new one of the same weight every second
    // rewrote the card under the shopper's eyes (and rendered it again in full); the counter says there are more.
    if (!this.current || this.dismissed || severityRank(f.severity) > severityRank(this.current.severity)) {
      if (this.current) this.others++;
      this.current = f;
      this.anchor = anchor ?? null;
      this.capture = 'idle';
      this.dismissed = false;
      this.update();
    } else {
      this.others++;
      this.count();
    }
  }

  /** Only a counter moved: its note renders again by itself, and the card may move (a burst goes to the corner). */
  private count(): void {
    this.syncCounts();
    this.paint();
  }

  /** The counters as the shown finding's repeats and the others counted. */
  private syncCounts(): void {
    if (this.current) this.counts.set(this.repeats.get(this.current.key) ?? 1, this.others);
  }

  captured(key: string | undefined, ok: boolean, reason?: string): void {
    if (!this.current || (key && !key.startsWith(`${this.current.kind}|`))) return;
    this.capture = ok ? 'saved' : { error: reason ?? '' };
    this.update();
  }

  showBuyerNote(anchor: DOMRect): void {
    this.note = { x: Math.max(8, anchor.left), y: Math.max(8, anchor.top - 8) };
    this.update();
  }

  private ensureRoot(): ShadowRoot {
    if (this.root) return this.root;
    const host = this.doc.createElement('opg-guard');
    host.setAttribute('data-opg-ui', '');
    const root = host.attachShadow({ mode: this.openShadow ? 'open' : 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = WARNING_CSS;
    root.appendChild(style);
    const mount = this.doc.createElement('div');
    root.appendChild(mount);
    (this.doc.body ?? this.doc.documentElement).appendChild(host);
    this.host = host;
    this.root = root;
    return root;
  }

  private paintQueued = false;
  /**
   * What the card shows changed since it was last rendered. Scrolling (while the card follows its message) and
   * findings already counted only move the card: a render diffs the whole card, and a live room that repeats a
   * finding every second, or a page scrolled with the card beside a message, would pay it for nothing.
   */
  private changed = true;

  /** The card's state changed: render it again (once per task, see paint). */
  private update(): void {
    this.changed = true;
    this.paint();
  }

  /** Many findings can arrive in one frame (a flood); render once per frame. */
  private paint(): void {
    if (this.paintQueued) return;
    this.paintQueued = true;
    const run = () => {
      this.paintQueued = false;
      this.paintNow();
    };
    // A task of its own, not an animation frame: in a frame callback the card's
    // render and the page's layout of it were one task (47 ms for the first card
    // on the live bench page, traced); apart, the page can answer input between
    // them, and the layout follows in the next frame. Repeats still coalesce.
    setTimeout(run, 0);
  }

  private paintNow(): void {
    const root = this.ensureRoot();
    // A page that removed our host gets it back.
    if (this.host && !this.host.isConnected) (this.doc.body ?? this.doc.documentElement).appendChild(this.host);
    if (!this.changed) return this.place(root);
    this.changed = false;
    this.syncCounts();
    const f = this.current;
    render(
      <>
        {f && !this.dismissed ? (
          <WarningCard
            lang={this.lang}
            finding={f}
            counts={this.counts}
            capture={this.capture}
            onCapture={() => {
              this.capture = 'saving';
              this.update();
              this.actions.capture(f).then(
                () => {
                  this.capture = 'saved';
                  this.update();
                },
                (e: unknown) => {
                  this.capture = { error: e instanceof Error ? e.message : String(e) };
                  this.update();
                },
              );
            }}
            onDismiss={() => {
              this.dismissed = true;
              this.update();
            }}
            onNotInducement={() => {
              this.actions.notInducement(f);
              this.dismissed = true;
              this.update();
            }}
            onOpenLocker={() => this.actions.openLocker()}
          />
        ) : null}
        {this.note ? (
          <BuyerNote
            lang={this.lang}
            x={this.note.x}
            y={this.note.y}
            onClose={() => {
              this.note = null;
              this.update();
            }}
          />
        ) : null}
      </>,
      root.lastChild as Element,
    );
    this.place(root);
  }

  /** Beside the message or in the corner; follows the page's scrolling while beside it. */
  private place(root: ShadowRoot): void {
    const card = root.querySelector<HTMLElement>('.card');
    const view = this.doc.defaultView;
    if (!card || !view) return this.follow(false);
    const anchorEl = this.anchor?.el;
    const burst = isBurst(this.shownAt, Date.now());
    // The corner needs no measuring: no forced layout on a busy chat page.
    const placement = !anchorEl || this.anchor?.chat || burst ? CORNER : placeCard(
      anchorEl?.isConnected ? anchorEl.getBoundingClientRect() : null,
      { width: view.innerWidth, height: view.innerHeight },
      { width: card.offsetWidth, height: card.offsetHeight },
      { chat: false, burst },
    );
    if (placement.mode === 'beside') {
      Object.assign(card.style, { top: `${placement.top}px`, left: `${placement.left}px`, right: 'auto', bottom: 'auto' });
      card.dataset.place = 'beside';
    } else {
      Object.assign(card.style, { top: '', left: '', right: '', bottom: '' });
      card.dataset.place = 'corner';
    }
    this.follow(placement.mode === 'beside');
  }

  private follow(on: boolean): void {
    if (on === this.following) return;
    this.following = on;
    if (on) {
      this.doc.addEventListener('scroll', this.onMove, { capture: true, passive: true });
      this.doc.defaultView?.addEventListener('resize', this.onMove, { passive: true });
    } else {
      this.doc.removeEventListener('scroll', this.onMove, { capture: true });
      this.doc.defaultView?.removeEventListener('resize', this.onMove);
    }
  }
}
