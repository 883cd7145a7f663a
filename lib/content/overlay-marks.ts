/**
 * Marks for browsers without the CSS Custom Highlight API: boxes drawn over
 * the range's client rects from our own shadow root, never inside the page's
 * elements, so a framework that owns the chat list still never sees us.
 * Boxes follow scrolling (any scroller, captured at the document) and
 * resizing, once per animation frame, and are dropped with their text.
 */
import { OWN_UI_ATTR } from '../surfaces/dom';

export const MAX_OVERLAY_RANGES = 200;

const CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; overflow: hidden; }
.mark { position: fixed; background: rgba(250, 204, 21, 0.45); border-bottom: 2px solid #b91c1c; border-radius: 2px; }
`;

/** A range whose text the page removed: collapsed where the text was, or in a subtree no longer in the document. */
export function rangeLeftPage(r: AbstractRange): boolean {
  return r.collapsed || !r.startContainer.isConnected;
}

export class OverlayMarks {
  private ranges: Range[] = [];
  private layer: HTMLElement | null = null;
  private queued = false;
  private readonly onMove = (): void => this.schedule();

  /** `openShadow` only for tests, which look inside. */
  constructor(
    private readonly doc: Document,
    private readonly openShadow = false,
  ) {}

  get size(): number {
    return this.ranges.length;
  }

  add(range: Range): boolean {
    if (this.ranges.length >= MAX_OVERLAY_RANGES) return false;
    if (this.ranges.length === 0) {
      this.doc.addEventListener('scroll', this.onMove, { capture: true, passive: true });
      this.doc.defaultView?.addEventListener('resize', this.onMove, { passive: true });
    }
    this.ranges.push(range);
    this.schedule();
    return true;
  }

  clear(): void {
    this.ranges = [];
    this.doc.removeEventListener('scroll', this.onMove, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onMove);
    this.layer?.replaceChildren();
  }

  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    const run = (): void => {
      this.queued = false;
      this.draw();
    };
    const raf = this.doc.defaultView?.requestAnimationFrame;
    if (raf && this.doc.visibilityState === 'visible') raf.call(this.doc.defaultView, run);
    else setTimeout(run, 50);
  }

  private ensureLayer(): HTMLElement {
    if (this.layer?.isConnected) return this.layer;
    const host = this.doc.createElement('opg-marks');
    host.setAttribute(OWN_UI_ATTR, '');
    const root = host.attachShadow({ mode: this.openShadow ? 'open' : 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const layer = this.doc.createElement('div');
    layer.className = 'layer';
    root.append(style, layer);
    (this.doc.body ?? this.doc.documentElement).appendChild(host);
    this.layer = layer;
    return layer;
  }

  /** One box per client rect of each live range; ranges whose text left the page are dropped. */
  draw(): void {
    this.ranges = this.ranges.filter((r) => !rangeLeftPage(r));
    const layer = this.ensureLayer();
    const boxes: HTMLElement[] = [];
    for (const range of this.ranges) {
      const rects = range.getClientRects();
      for (let i = 0; i < rects.length && i < 20; i++) {
        const r = rects[i]!;
        if (r.width === 0 || r.height === 0) continue;
        const box = this.doc.createElement('div');
        box.className = 'mark';
        box.style.left = `${r.left}px`;
        box.style.top = `${r.top}px`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        boxes.push(box);
      }
    }
    layer.replaceChildren(...boxes);
  }
}
