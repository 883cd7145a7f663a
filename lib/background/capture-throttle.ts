/**
 * Runs tasks so that no more than `limit` start within any `windowMs`
 * (Chrome rejects a third captureVisibleTab call inside one second).
 */
export class CaptureThrottle {
  private starts: number[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const go = async () => {
      await this.waitForSlot();
      this.starts.push(this.now());
      return task();
    };
    const result = this.tail.then(go, go);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const t = this.now();
      this.starts = this.starts.filter((s) => t - s < this.windowMs);
      if (this.starts.length < this.limit) return;
      await this.sleep(this.windowMs - (t - this.starts[0]!) + 5);
    }
  }
}
