/**
 * The content script's side of the image pipeline: which images of the page
 * to look at, and when. Every <img> the page shows big enough to hold a
 * readable code (chat pictures, product and poster images, live-room cards)
 * and every canvas, once per source, at most a few at a time and a capped
 * number per page. Icons, emoji and avatars are too small to matter; images
 * over 16 MP are skipped. The pixels are read by the background (it may
 * fetch cross-origin images; a tainted canvas here could not be read).
 */
import { inOwnUi, whenIdle } from '../surfaces/dom';
import { IMAGE_LIMITS } from './limits';
import { limiter } from './limit';
import type { AnalysedImage } from './types';

export interface ImageWatchOptions {
  doc: Document;
  /** Ask the background to analyse an image source (http(s) or data: URL). */
  analyse(src: string): Promise<AnalysedImage>;
  /** An image in which something was found; true when it was flagged. */
  found(el: HTMLImageElement | HTMLCanvasElement, src: string, result: AnalysedImage): boolean | void | Promise<boolean | void>;
  /** Every image analysed, after `found` (`flagged`: what `found` said). Text reading starts here. */
  analysed?(el: HTMLImageElement | HTMLCanvasElement, src: string, result: AnalysedImage, flagged: boolean): void;
  maxImages?: number;
  /**
   * How to run the look through added elements later. Default: when the page is idle. The content script
   * hands it to the scanner's next slice, which the same mutation has already asked for: one idle callback per
   * change instead of two.
   */
  schedule?: (cb: () => void) => void;
}

export interface ImageWatch {
  /** Looks through the page as it is now; later additions come through `added`. */
  start(): void;
  /**
   * Elements added to the page, handed over by the scanner's observers (one
   * observer callback per change rather than two, and open shadow roots are
   * covered): looked through when the page is idle.
   */
  added(el: Element): void;
  stop(): void;
  /** Resolves when every image queued so far is done (tests). */
  idle(): Promise<void>;
  stats(): { sent: number; found: number; failed: number };
}

type Candidate = HTMLImageElement | HTMLCanvasElement;

/** Too small to hold a readable code, too large to decode, or not shown: not worth a look. */
export function worthReading(el: Candidate): boolean {
  if (inOwnUi(el)) return false;
  const w = el instanceof HTMLImageElement ? el.naturalWidth : el.width;
  const h = el instanceof HTMLImageElement ? el.naturalHeight : el.height;
  if (el instanceof HTMLImageElement && !el.complete) return false;
  if (w < IMAGE_LIMITS.minNaturalSide || h < IMAGE_LIMITS.minNaturalSide) return false;
  if (w * h > IMAGE_LIMITS.maxPixels) return false;
  const r = el.getBoundingClientRect();
  return r.width >= IMAGE_LIMITS.minShownSide && r.height >= IMAGE_LIMITS.minShownSide;
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const fr = new FileReader();
    fr.onload = () => resolve(String(fr.result));
    fr.onerror = () => reject(fr.error ?? new Error('cannot read blob'));
    fr.readAsDataURL(blob);
  });
}

/** The source the background can load: the URL itself, or a data: URL of a blob: image or a canvas. */
async function sourceOf(el: Candidate): Promise<string | null> {
  if (el instanceof HTMLCanvasElement) {
    try {
      return el.toDataURL('image/png'); // throws on a tainted canvas: its pixels came from elsewhere
    } catch {
      return null;
    }
  }
  const src = el.currentSrc || el.src;
  if (/^(https?|data):/i.test(src)) return src;
  if (/^blob:/i.test(src)) {
    const res = await fetch(src);
    const blob = await res.blob();
    if (blob.size > IMAGE_LIMITS.maxBytes || !blob.type.startsWith('image/')) return null;
    return blobToDataUrl(blob);
  }
  return null;
}

export function watchImages(o: ImageWatchOptions): ImageWatch {
  const max = o.maxImages ?? IMAGE_LIMITS.maxImagesPerPage;
  const run = limiter(IMAGE_LIMITS.concurrency);
  /** Results by source: the same picture shown twice is sent once. */
  const bySrc = new Map<string, Promise<AnalysedImage | null>>();
  /** The source each element was last read with (an <img> may change its src). */
  const readAs = new WeakMap<Element, string>();
  const pending = new Set<Promise<unknown>>();
  let sent = 0;
  let found = 0;
  let failed = 0;
  let running = false;

  const consider = (el: Candidate): void => {
    if (!running || !worthReading(el)) return;
    const key = el instanceof HTMLImageElement ? el.currentSrc || el.src : `canvas:${el.width}x${el.height}`;
    if (readAs.get(el) === key) return;
    readAs.set(el, key);
    const job = (async () => {
      const src = await sourceOf(el);
      if (!src) return;
      let result = bySrc.get(src);
      if (!result) {
        if (sent >= max) return;
        sent++;
        result = run(() => o.analyse(src)).catch(() => {
          failed++;
          return null;
        });
        bySrc.set(src, result);
      }
      const r = await result;
      if (!r || !running) return;
      let flagged = false;
      if (r.hits.length) {
        found++;
        flagged = (await o.found(el, src, r)) === true;
      }
      o.analysed?.(el, src, r, flagged);
    })().catch(() => {
      failed++;
    });
    pending.add(job);
    void job.finally(() => pending.delete(job));
  };

  /**
   * By tag name, and a query only below an element with children: in a live chat this runs for every message
   * added (a row of two spans), and `instanceof` looks the constructor up on the window each time.
   */
  const scan = (root: Element): void => {
    const name = root.localName;
    if (name === 'img' || name === 'canvas') {
      if (root instanceof HTMLImageElement || root instanceof HTMLCanvasElement) consider(root);
      return;
    }
    if (root.firstElementChild === null) return;
    for (const el of root.querySelectorAll('img,canvas')) consider(el as Candidate);
  };

  // `load` does not bubble, but a capturing listener on the document sees every image load (lazy ones included).
  const onLoad = (e: Event): void => {
    if (e.target instanceof HTMLImageElement) consider(e.target);
  };

  // Added elements wait for an idle moment: reading an image's size and place forces layout.
  let waiting = new Set<Element>();
  let drainScheduled = false;
  const drain = (): void => {
    drainScheduled = false;
    const batch = waiting;
    waiting = new Set();
    if (!running) return;
    for (const el of batch) if (el.isConnected) scan(el);
  };

  return {
    start() {
      if (running) return;
      running = true;
      o.doc.addEventListener('load', onLoad, true);
      if (o.doc.documentElement) scan(o.doc.documentElement);
    },
    added(el) {
      if (!running || waiting.size > 5_000) return;
      waiting.add(el);
      if (!drainScheduled) {
        drainScheduled = true;
        if (o.schedule) o.schedule(drain);
        else whenIdle(o.doc.defaultView, drain, 500, 50);
      }
    },
    stop() {
      running = false;
      o.doc.removeEventListener('load', onLoad, true);
      waiting = new Set();
    },
    async idle() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
    stats: () => ({ sent, found, failed }),
  };
}
