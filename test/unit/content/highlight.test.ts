// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dropDeadRanges, sweepDue } from '../../../lib/content/highlight';

function rangeOver(text: Text, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
}

describe('dropDeadRanges', () => {
  it('drops the ranges of text that left the page and keeps the others', () => {
    document.body.innerHTML = '<div id="a">加我微信 mm_8866</div><div id="b">卡号 6222 0212 3456 7894</div>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const kept = rangeOver(a.firstChild as Text, 5, 12);
    const gone = rangeOver(b.firstChild as Text, 3, 22);
    const set = new Set<AbstractRange>([kept, gone]);
    b.remove();
    dropDeadRanges(set);
    expect([...set]).toEqual([kept]);
    expect(kept.toString()).toBe('mm_8866');
  });

  it('drops a range whose characters were deleted (collapsed), and leaves an empty set alone', () => {
    document.body.innerHTML = '<p>QQ 12345678</p>';
    const t = document.querySelector('p')!.firstChild as Text;
    const r = rangeOver(t, 3, 11);
    const set = new Set<AbstractRange>([r]);
    t.deleteData(0, t.length);
    expect(r.collapsed).toBe(true);
    dropDeadRanges(set);
    expect(set.size).toBe(0);
    dropDeadRanges(set);
    expect(set.size).toBe(0);
  });
});

describe('sweepDue', () => {
  it('sweeps on every add in a small set, and about once per quarter of its size in a big one', () => {
    const small = new Set<AbstractRange>(Array.from({ length: 10 }, () => document.createRange()));
    expect([1, 2, 3].map(() => sweepDue(small))).toEqual([true, true, true]);
    const big = new Set<AbstractRange>(Array.from({ length: 2_000 }, () => document.createRange()));
    let sweeps = 0;
    for (let i = 0; i < 2_000; i++) if (sweepDue(big)) sweeps++;
    expect(sweeps).toBe(4);
  });
});
