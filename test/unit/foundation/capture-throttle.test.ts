import { describe, expect, it } from 'vitest';
import { CaptureThrottle } from '@/lib/background/capture-throttle';

describe('capture throttle (Chrome: two captures a second)', () => {
  it('never starts more than two tasks within one second', async () => {
    let clock = 0;
    const starts: number[] = [];
    const t = new CaptureThrottle(2, 1000, () => clock, async (ms) => {
      clock += ms;
    });
    await Promise.all(Array.from({ length: 7 }, () => t.run(async () => starts.push(clock))));
    expect(starts).toHaveLength(7);
    for (let i = 2; i < starts.length; i++) expect(starts[i]! - starts[i - 2]!).toBeGreaterThanOrEqual(1000);
  });

  it('a failed task does not stall the queue', async () => {
    const t = new CaptureThrottle(2, 1000, () => 0, async () => undefined);
    await expect(t.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(t.run(async () => 42)).resolves.toBe(42);
  });
});
