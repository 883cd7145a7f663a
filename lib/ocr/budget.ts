/**
 * Which page image to read next, pure logic. Reading text in an image costs
 * a few hundred milliseconds of CPU and the engine's memory, so:
 * - one recognition at a time;
 * - chat images and images near a text finding first (where inducement is);
 * - everything else (product-detail images, banners) only while the page is idle;
 * - at most `perPageCap` recognitions per page; each image once.
 */

/** Where the image was found on the page (the image pipeline decides). */
export type OcrImageRole = 'chat' | 'product' | 'other';

export interface OcrCandidate {
  /** Identifies the image on this page (its URL, or a hash of its bytes). */
  key: string;
  role: OcrImageRole;
  /** A text finding is near the image (same message, same block). */
  nearFinding?: boolean;
}

export type OfferOutcome = 'queued' | 'promoted' | 'duplicate' | 'capped' | 'off';

export const DEFAULT_OCR_PAGE_CAP = 30;

interface Entry extends OcrCandidate {
  order: number;
}

export class OcrBudget {
  private readonly queue = new Map<string, Entry>();
  private readonly seen = new Set<string>();
  private running: string | undefined;
  private started = 0;
  private order = 0;

  constructor(
    private readonly perPageCap = DEFAULT_OCR_PAGE_CAP,
    private enabled = true,
  ) {}

  setEnabled(on: boolean): void {
    this.enabled = on;
    if (!on) this.queue.clear();
  }

  /** Adds an image, or raises the priority of one already waiting. */
  offer(c: OcrCandidate): OfferOutcome {
    if (!this.enabled) return 'off';
    const waiting = this.queue.get(c.key);
    if (waiting) {
      if (urgent(c) && !urgent(waiting)) {
        waiting.role = c.role === 'chat' ? 'chat' : waiting.role;
        waiting.nearFinding = waiting.nearFinding || c.nearFinding;
        return 'promoted';
      }
      return 'duplicate';
    }
    if (this.seen.has(c.key)) return 'duplicate';
    if (this.started >= this.perPageCap) return 'capped';
    // A full queue makes room for an urgent image by dropping the least urgent one waiting.
    if (this.started + this.queue.size >= this.perPageCap) {
      const worst = [...this.queue.values()].sort((a, b) => rank(b) - rank(a) || b.order - a.order)[0];
      if (!urgent(c) || !worst || urgent(worst)) return 'capped';
      this.queue.delete(worst.key);
    }
    this.queue.set(c.key, { ...c, order: this.order++ });
    return 'queued';
  }

  /** A text finding appeared near an image: read it sooner. */
  nearFinding(key: string): boolean {
    const e = this.queue.get(key);
    if (!e || e.nearFinding) return false;
    e.nearFinding = true;
    return true;
  }

  /**
   * The next image to read, now marked running; undefined while one is
   * running, when the cap is spent, or when only idle work waits and the
   * page is busy.
   */
  take(pageIdle: boolean): OcrCandidate | undefined {
    if (!this.enabled || this.running !== undefined || this.started >= this.perPageCap) return undefined;
    let best: Entry | undefined;
    for (const e of this.queue.values()) {
      if (!urgent(e) && !pageIdle) continue;
      if (!best || rank(e) < rank(best) || (rank(e) === rank(best) && e.order < best.order)) best = e;
    }
    if (!best) return undefined;
    this.queue.delete(best.key);
    this.seen.add(best.key);
    this.running = best.key;
    this.started++;
    const { order: _order, ...candidate } = best;
    return candidate;
  }

  /** The running recognition ended (read, failed or given up). */
  finish(key: string): void {
    if (this.running === key) this.running = undefined;
  }

  /** A new page: the cap, the queue and what was read start over. */
  reset(): void {
    this.queue.clear();
    this.seen.clear();
    this.running = undefined;
    this.started = 0;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }
  get waiting(): number {
    return this.queue.size;
  }
  get remaining(): number {
    return Math.max(0, this.perPageCap - this.started);
  }
}

function urgent(c: OcrCandidate): boolean {
  return c.role === 'chat' || c.nearFinding === true;
}

/** Chat images near a finding, then chat images, then other images near a finding, then the rest. */
function rank(c: OcrCandidate): number {
  if (c.role === 'chat') return c.nearFinding ? 0 : 1;
  if (c.nearFinding) return 2;
  return c.role === 'product' ? 3 : 4;
}
