import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addFindings,
  badgeFor,
  clearFindings,
  findingsKey,
  MAX_FINDINGS_PER_TAB,
  mergeFindings,
  readFindings,
} from '@/lib/background/findings-store';
import type { TabFinding } from '@/lib/messages';

const f = (over: Partial<TabFinding> = {}): TabFinding => ({
  kind: 'wechat',
  severity: 'medium',
  text: 'vx abc',
  value: 'abc',
  message: 'add vx abc',
  url: 'https://shop.test/',
  at: '2026-11-22T10:00:00.000Z',
  ...over,
});

describe('per-tab findings (contract 2)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores under findings:<tabId> with the contract fields', async () => {
    await addFindings(7, [f()]);
    const raw = (await fakeBrowser.storage.session.get(findingsKey(7)))[findingsKey(7)] as TabFinding[];
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatchObject({ kind: 'wechat', severity: 'medium', text: 'vx abc', value: 'abc', message: 'add vx abc', url: 'https://shop.test/', at: '2026-11-22T10:00:00.000Z' });
  });

  it('a repeat raises the count instead of adding an entry', () => {
    const merged = mergeFindings(mergeFindings([], [f()]), [f({ at: '2026-11-22T10:05:00.000Z' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.count).toBe(2);
    expect(merged[0]!.at).toBe('2026-11-22T10:05:00.000Z');
  });

  it('concurrent reports from several frames all land', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => addFindings(3, [f({ value: `id${i}`, message: `m${i}` })])));
    expect(await readFindings(3)).toHaveLength(20);
  });

  it('caps a flood, keeping the newest', () => {
    const many = Array.from({ length: MAX_FINDINGS_PER_TAB + 50 }, (_, i) => f({ value: `v${i}`, message: `m${i}` }));
    const merged = mergeFindings([], many);
    expect(merged).toHaveLength(MAX_FINDINGS_PER_TAB);
    expect(merged.at(-1)!.value).toBe(`v${MAX_FINDINGS_PER_TAB + 49}`);
  });

  it('clears a tab', async () => {
    await addFindings(5, [f()]);
    await clearFindings(5);
    expect(await readFindings(5)).toEqual([]);
  });

  it('ignores a corrupt stored value instead of throwing', async () => {
    await fakeBrowser.storage.session.set({ [findingsKey(9)]: [{ kind: 'nonsense' }] });
    expect(await readFindings(9)).toEqual([]);
  });

  it('badge: count with repeats, coloured by the worst severity', () => {
    expect(badgeFor([])).toEqual({ text: '', color: '#6b7280' });
    const b = badgeFor([f({ count: 3 }), f({ severity: 'high', value: 'x', kind: 'bank_account' })]);
    expect(b.text).toBe('4');
    expect(b.color).toBe('#dc2626');
    expect(badgeFor([f({ count: 5000 })]).text).toBe('999+');
  });
});
