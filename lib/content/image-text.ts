/**
 * Text in images, the content script's side: which analysed images to have
 * read (OCR) and when, under the page's OCR budget — chat images and images
 * near a text finding at once, other images when the page is idle, one at a
 * time, a capped number per page. The reading itself happens in the
 * extension (an offscreen document), never on the page's main thread.
 */
import { OcrBudget, type OcrImageRole } from '../ocr/budget';
import type { AnalysedImage } from '../images/types';
import type { ImageTextReply } from '../messages';

type ImageEl = HTMLImageElement | HTMLCanvasElement;

interface Waiting {
  el: ImageEl;
  src: string;
  analysed: AnalysedImage;
}

export interface ImageTextOptions {
  read(src: string): Promise<ImageTextReply>;
  /** Findings were read in this image. */
  found(el: ImageEl, src: string, analysed: AnalysedImage, reply: ImageTextReply): void;
  /** Runs `cb` when the page is idle (requestIdleCallback in a browser). */
  whenIdle(cb: () => void): void;
  budget?: OcrBudget;
}

export class ImageTextQueue {
  private readonly budget: OcrBudget;
  private readonly waiting = new Map<string, Waiting>();
  private idleAsked = false;
  private stopped = false;
  /** Reads done and failed (tests, stats). */
  readonly stats = { read: 0, failed: 0, found: 0 };

  constructor(private readonly o: ImageTextOptions) {
    this.budget = o.budget ?? new OcrBudget();
  }

  setEnabled(on: boolean): void {
    this.budget.setEnabled(on);
    if (!on) this.waiting.clear();
  }

  /** An analysed image with nothing found by the QR reader: maybe it says something in words. */
  offer(el: ImageEl, src: string, analysed: AnalysedImage, role: OcrImageRole, nearFinding: boolean): void {
    const key = analysed.sha256;
    const outcome = this.budget.offer({ key, role, nearFinding });
    if (outcome === 'queued') this.waiting.set(key, { el, src, analysed });
    if (outcome === 'queued' || outcome === 'promoted') this.pump(false);
  }

  /** A text finding appeared in or next to this image's message: read it sooner. */
  nearFinding(key: string): void {
    if (this.budget.nearFinding(key)) this.pump(false);
  }

  stop(): void {
    this.stopped = true;
    this.waiting.clear();
  }

  private pump(pageIdle: boolean): void {
    if (this.stopped || this.budget.busy) return;
    const next = this.budget.take(pageIdle);
    if (!next) {
      if (this.budget.waiting > 0 && !this.idleAsked) {
        this.idleAsked = true;
        this.o.whenIdle(() => {
          this.idleAsked = false;
          this.pump(true);
        });
      }
      return;
    }
    const w = this.waiting.get(next.key);
    this.waiting.delete(next.key);
    if (!w || !w.el.isConnected) {
      this.budget.finish(next.key);
      this.pump(pageIdle);
      return;
    }
    void this.o
      .read(w.src)
      .then(
        (reply) => {
          this.stats.read++;
          if (!this.stopped && reply.findings.length > 0) {
            this.stats.found++;
            this.o.found(w.el, w.src, w.analysed, reply);
          }
        },
        () => {
          this.stats.failed++;
        },
      )
      .finally(() => {
        this.budget.finish(next.key);
        this.pump(false);
      });
  }
}
