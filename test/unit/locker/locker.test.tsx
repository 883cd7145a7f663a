// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakePng, flush, until, useLockerPage } from '../../support/locker-page';
import { describe, expect, it, vi } from 'vitest';
import { Highlighted } from '@/components/locker/Highlighted';
import { Locker, PAGE_SIZE } from '@/components/locker/Locker';
import { chainEntries, openLocker, saveCapture, type CaptureInput } from '@/lib/evidence/locker';

const HOSTILE = '<img src=x onerror=alert(1)>';
const at = (min: number) => new Date(Date.UTC(2026, 10, 22, 10, min));

function input(over: Partial<CaptureInput> = {}): CaptureInput {
  return {
    trigger: 'auto',
    page: { url: 'https://item.taobao.com/item.htm?id=1', title: '大衣', platform: 'taobao', seller: '兰兰女装' },
    message: '加我薇信 lanlan_88 私聊',
    author: '兰兰女装',
    role: 'seller',
    findings: [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: 5, end: 14, text: 'lanlan_88', value: 'lanlan_88' }],
    context: [{ text: '在吗', author: '我', role: 'buyer' }],
    capturedAt: at(0),
    browser: 'test-agent',
    extensionVersion: '0.1.0',
    ...over,
  };
}

const png = fakePng;
const page = useLockerPage('blob:test/');

const items = () => [...page.root.querySelectorAll('[data-testid="evidence-item"]')];
const byTestId = (id: string) => page.root.querySelector(`[data-testid="${id}"]`);

async function mount() {
  await act(async () => render(<Locker lang="en" />, page.root));
  await flush();
}

async function change(el: Element, value: string) {
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

describe('locker page', () => {
  it('lists records with their screenshot thumbnails and revokes the URLs on unmount', async () => {
    const db = openLocker();
    await saveCapture(db, input(), { screenshot: png(), pageText: 'p' });
    await saveCapture(db, input({ capturedAt: at(20), message: `vx ${HOSTILE} bob_77`, findings: [{ ...input().findings[0]!, value: 'bob_77' }] }), {
      screenshotError: 'the tab was not visible',
    });
    await mount();
    await until('two records', () => items().length === 2);
    await until('a thumbnail', () => !!page.root.querySelector('[data-testid="evidence-item"] img'));
    const img = page.root.querySelector('[data-testid="evidence-item"] img') as HTMLImageElement;
    expect(img.getAttribute('src')).toMatch(/^blob:/);
    // Newest first; the second has no screenshot and says why; page text is text, never markup.
    expect(items()[0]!.textContent).toContain(HOSTILE);
    expect(items()[0]!.querySelector('img')).toBeNull();
    expect(items()[0]!.textContent).toContain('the tab was not visible');
    expect(page.root.querySelectorAll('img[src="x"]')).toHaveLength(0);
    expect(byTestId('record-count')!.textContent).toContain('2 records');
    await until('integrity status', () => byTestId('integrity-status')!.hasAttribute('data-ok'));
    expect(byTestId('integrity-status')!.getAttribute('data-ok')).toBe('true');
    await act(async () => render(null, page.root));
    expect(page.created.length).toBeGreaterThan(0);
    expect(page.revoked).toEqual(expect.arrayContaining(page.created));
  });

  it('filters by platform, kind and date', async () => {
    const db = openLocker();
    await saveCapture(db, input(), {});
    await saveCapture(
      db,
      input({
        capturedAt: new Date(Date.UTC(2026, 10, 25, 12, 0)),
        page: { url: 'https://www.ebay.com/itm/1', title: 'x', platform: 'ebay', seller: 'bob' },
        message: 'pay with Zelle',
        findings: [{ kind: 'payment_account', severity: 'high', rule: 'payment-account', start: 9, end: 14, text: 'Zelle', value: 'zelle' }],
      }),
      {},
    );
    await mount();
    await until('two records', () => items().length === 2);
    await change(byTestId('filter-platform')!, 'ebay');
    await until('ebay only', () => items().length === 1 && items()[0]!.textContent!.includes('Zelle'));
    await change(byTestId('filter-platform')!, '');
    await change(byTestId('filter-kind')!, 'wechat');
    await until('wechat only', () => items().length === 1 && items()[0]!.textContent!.includes('lanlan_88'));
    await change(byTestId('filter-kind')!, '');
    await until('both again', () => items().length === 2);
    await change(byTestId('filter-from')!, '2026-11-24');
    await until('after the 24th', () => items().length === 1 && items()[0]!.textContent!.includes('Zelle'));
    await change(byTestId('filter-from')!, '');
    await change(byTestId('filter-to')!, '2026-11-23');
    await until('before the 23rd', () => items().length === 1 && items()[0]!.textContent!.includes('lanlan_88'));
  });

  it('selecting a case shows its header with the export slot', async () => {
    const db = openLocker();
    await saveCapture(db, input({ page: { ...input().page, sellerUrl: 'https://shop.taobao.com/lanlan' } }), {});
    await saveCapture(db, input({ capturedAt: at(30), page: { ...input().page, seller: '别的店' }, findings: [{ ...input().findings[0]!, value: 'x' }] }), {});
    await mount();
    await until('cases', () => page.root.querySelectorAll('[data-testid="case-item"]').length === 2);
    expect(page.root.querySelector('#export-slot')).toBeNull();
    const lanlan = [...page.root.querySelectorAll('[data-testid="case-item"] button')].find((b) => b.textContent!.includes('兰兰女装'))!;
    await act(async () => (lanlan as HTMLButtonElement).click());
    await flush();
    await until('one record', () => items().length === 1);
    expect(page.root.querySelector('.case-head #export-slot')).toBeTruthy();
    expect(page.root.querySelector('.case-head a')!.getAttribute('href')).toBe('https://shop.taobao.com/lanlan');
  });

  it('opens a record: highlighted message, context with authors, URL, UTC and local time, hashes, addenda', async () => {
    const db = openLocker();
    const first = await saveCapture(db, input(), { screenshot: png() });
    await saveCapture(db, input({ capturedAt: at(4), message: '还是加 lanlan_88', findings: [{ ...input().findings[0]!, start: 4, end: 13 }], context: [{ text: '便宜点', author: '我', role: 'buyer' }] }), {});
    await mount();
    await until('the record', () => items().length === 1);
    await act(async () => (items()[0] as HTMLElement).click());
    await flush();
    const detail = byTestId('evidence-detail')!;
    expect(detail).toBeTruthy();
    const marks = [...byTestId('detail-message')!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['lanlan_88']);
    expect(byTestId('detail-message')!.textContent).toContain('加我薇信 lanlan_88 私聊');
    expect(detail.textContent).toContain('我 (buyer): 在吗');
    expect(detail.textContent).toContain('https://item.taobao.com/item.htm?id=1');
    expect(byTestId('detail-time')!.textContent).toContain('2026-11-22T10:00:00.000Z');
    expect(byTestId('detail-time')!.textContent).toMatch(/Local time: 2026-11-22T/);
    const rec = (await db.records.get(first.recordId))!;
    expect(detail.textContent).toContain(rec.hash);
    expect(detail.textContent).toContain(rec.content!.files[0]!.sha256);
    await until('the addendum', () => detail.querySelectorAll('[data-testid="addendum"]').length === 1);
    expect(detail.querySelector('[data-testid="addendum"]')!.textContent).toContain('还是加 lanlan_88');
    await until('the full screenshot', () => !!detail.querySelector('img.shot'));
  });

  it('asks before deleting, and deleting leaves a tombstone', async () => {
    const db = openLocker();
    const r = await saveCapture(db, input(), { screenshot: png() });
    await mount();
    await until('the record', () => items().length === 1);
    await act(async () => (items()[0] as HTMLElement).click());
    await flush();
    await act(async () => (byTestId('delete-record') as HTMLButtonElement).click());
    await flush();
    expect(byTestId('confirm-delete')).toBeTruthy();
    expect((await db.records.get(r.recordId))!.deleted).toBeFalsy();
    // Cancel keeps it.
    const cancel = [...page.root.querySelectorAll('.confirm button')].find((b) => b.textContent === 'Cancel') as HTMLButtonElement;
    await act(async () => cancel.click());
    await flush();
    expect(byTestId('confirm-delete')).toBeNull();
    expect((await chainEntries(db)).map((e) => e.kind)).toEqual(['record']);
    // Confirm deletes.
    await act(async () => (byTestId('delete-record') as HTMLButtonElement).click());
    await flush();
    await act(async () => (byTestId('confirm-delete') as HTMLButtonElement).click());
    await until('the list again', () => !byTestId('evidence-detail'));
    await until('deleted', () => items().length === 0);
    expect((await db.records.get(r.recordId))!.deleted).toBe(true);
    expect((await chainEntries(db)).map((e) => e.kind)).toEqual(['record', 'tombstone']);
    await until('integrity', () => byTestId('integrity-status')!.getAttribute('data-ok') === 'true');
  });

  it('warns when storage is short', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => ({ usage: 960 * 1048576, quota: 1000 * 1048576 }) },
    });
    try {
      await mount();
      await until('the warning', () => !!byTestId('storage-low'));
      expect(byTestId('storage-used')!.textContent).toContain('960.0 MB used');
    } finally {
      delete (navigator as { storage?: unknown }).storage;
    }
  });

  it('shows a broken chain', async () => {
    const db = openLocker();
    const r = await saveCapture(db, input(), {});
    const row = (await db.records.get(r.recordId))!;
    await db.records.put({ ...row, content: { ...row.content!, message: 'edited' } });
    await mount();
    await until('the verdict', () => byTestId('integrity-status')!.hasAttribute('data-ok'));
    expect(byTestId('integrity-status')!.getAttribute('data-ok')).toBe('false');
    expect(page.root.textContent).toContain('record content does not match its signed hash');
  });

  it('pages a long list', async () => {
    const db = openLocker();
    // Seed rows directly: the list reads rows, and 2 × PAGE_SIZE signed saves would only slow the test.
    const base = (await db.records.get((await saveCapture(db, input(), {})).recordId))!;
    const rows = Array.from({ length: PAGE_SIZE + 30 }, (_, i) => ({
      ...base,
      id: `r${i}`,
      seq: i + 2,
      capturedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      listedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      content: { ...base.content!, id: `r${i}`, message: `m${i}` },
    }));
    await db.records.bulkPut(rows);
    await mount();
    await until('first page', () => items().length === PAGE_SIZE);
    const more = byTestId('show-more') as HTMLButtonElement;
    expect(more.textContent).toContain(`${PAGE_SIZE} of ${PAGE_SIZE + 31}`);
    await act(async () => more.click());
    await until('everything', () => items().length === PAGE_SIZE + 31);
    expect(byTestId('show-more')).toBeNull();
  });

  it('renders in Chinese', async () => {
    await act(async () => render(<Locker lang="zh" />, page.root));
    await flush();
    expect(page.root.querySelector('h1')!.textContent).toBe('证据库');
    expect(page.root.textContent).toContain('还没有证据');
  });
});

describe('Highlighted', () => {
  it('marks each finding span with text nodes only, ignoring bad or overlapping spans', async () => {
    const text = `a ${HOSTILE} b wx_1 c`;
    const s = text.indexOf('wx_1');
    const f = (start: number, end: number) => ({ kind: 'wechat' as const, severity: 'low' as const, rule: 'r', start, end, text: '', value: '' });
    await act(async () => render(<p><Highlighted text={text} findings={[f(s, s + 4), f(s + 1, s + 3), f(2, 2 + HOSTILE.length), f(90, 99)]} /></p>, page.root));
    expect([...page.root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([HOSTILE, 'wx_1']);
    expect(page.root.textContent).toBe(text);
    expect(page.root.querySelector('img')).toBeNull();
  });
});
