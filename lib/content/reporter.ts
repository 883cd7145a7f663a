import type { UnitReport } from '../messages';

/**
 * Batches unit reports to the background: one message per burst instead of
 * one per chat line. Each message from a content script costs the page a few
 * tenths of a millisecond however small it is, and a chat sends a detection
 * request every slice anyway: so a batch waits up to `delayMs` for the next
 * request to ride on (`take`), and goes on its own only when none comes. The
 * findings keep the time they were found (UnitReport.at), so waiting does
 * not make them later.
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

  /** The reports waiting, handed to a request that carries them (they are no longer this reporter's to send). */
  take(): UnitReport[] {
    this.cancel();
    const units = this.batch;
    this.batch = [];
    return units;
  }

  flush(): void {
    const units = this.take();
    if (units.length) void this.sendBatch(units).catch((err) => console.warn('[opg] report failed', String(err)));
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
