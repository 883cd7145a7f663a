import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reporter } from '../../../lib/content/reporter';
import type { UnitReport } from '../../../lib/messages';

const unit = (text: string) => ({ text }) as unknown as UnitReport;

describe('Reporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the reports made in one task together, at the end of that task', async () => {
    const sent: string[][] = [];
    const r = new Reporter(async (units) => void sent.push(units.map((u) => (u as unknown as { text: string }).text)));
    r.add(unit('a'));
    r.add(unit('b'));
    r.add(unit('c'));
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([['a', 'b', 'c']]);
    r.add(unit('d'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('sends a full batch at once, and a failed send loses only that batch', async () => {
    const sent: number[] = [];
    let fail = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const r = new Reporter(async (units) => {
      if (fail) {
        fail = false;
        throw new Error('worker gone');
      }
      sent.push(units.length);
    }, 0, 3);
    for (let i = 0; i < 7; i++) r.add(unit(String(i)));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([3, 1]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('hands its waiting reports to a request that carries them, and sends alone only after delayMs without one', async () => {
    const sent: string[][] = [];
    const r = new Reporter(async (units) => void sent.push(units.map((u) => (u as unknown as { text: string }).text)), 250);
    r.add(unit('a'));
    await vi.advanceTimersByTimeAsync(200);
    r.add(unit('b'));
    expect(r.take().map((u) => (u as unknown as { text: string }).text)).toEqual(['a', 'b']);
    expect(r.take()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual([]);
    r.add(unit('c'));
    await vi.advanceTimersByTimeAsync(249);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([['c']]);
  });
});
