import type { UnitReport } from '../messages';

/**
 * Batches unit reports to the background: one message per burst instead of
 * one per chat line. The findings of one detection answer are reported in the
 * task that applies it, so they leave together at the end of that task (delay
 * 0): waiting longer gathered nothing more, since answers come a slice apart,
 * and it spent time the scanner's slice gap now uses (from insertion to finding
 * must stay under 300 ms).
 */
export class Reporter {
  private batch: UnitReport[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly sendBatch: (units: UnitReport[]) => Promise<void>,
    private readonly delayMs = 0,
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
