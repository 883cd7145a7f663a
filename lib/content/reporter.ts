import type { UnitReport } from '../messages';

/**
 * Batches unit reports to the background: one message per burst instead of
 * one per chat line, flushed quickly enough that the popup and badge follow
 * a live chat (well under the 300 ms budget from insertion to finding).
 */
export class Reporter {
  private batch: UnitReport[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly sendBatch: (units: UnitReport[]) => Promise<void>,
    private readonly delayMs = 60,
    private readonly maxBatch = 100,
  ) {}

  add(unit: UnitReport): void {
    this.batch.push(unit);
    if (this.batch.length >= this.maxBatch) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const units = this.batch;
    this.batch = [];
    if (units.length) void this.sendBatch(units).catch((err) => console.warn('[opg] report failed', String(err)));
  }
}
