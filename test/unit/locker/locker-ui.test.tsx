// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakePng, flush, until, useLockerPage } from '../../support/locker-page';
import { describe, expect, it, vi } from 'vitest';
import { Locker, PAGE_SIZE } from '@/components/locker/Locker';
import { chainEntries, openLocker, saveCapture, type CaptureInput } from '@/lib/evidence/locker';

/**
 * The locker page against the real (fake-indexeddb) locker: the shared
 * default database that openLocker() returns is the one seeded here.
 */

const HOSTILE = '<img src=x onerror=alert(1)>';
const at = (day: number, min = 0) => new Date(Date.UTC(2026, 10, day, 10, min));

function input(over: Partial<CaptureInput> = {}): CaptureInput {
  return {
    trigger: 'manual', // a person's click: never folded into an earlier record
    page: { url: 'https://item.taobao.com/item.htm?id=1', title: '羊毛大衣', platform: 'taobao', seller: '兰兰女装' },
    message: '亲，加我薇信 lanlan_88 私聊优惠',
    author: '兰兰女装',
    role: 'seller',
    findings: [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: 7, end: 16, text: 'lanlan_88', value: 'lanlan_88' }],
    context: [{ text: '在吗', author: '我', role: 'buyer' }],
    capturedAt: at(22),
    browser: 'test-agent',
    extensionVersion: '0.1.0',
    ...over,
  };
}

const png = fakePng;
const page = useLockerPage('blob:locker-ui/');

const $ = (id: string) => page.root.querySelector(`[data-testid="${id}"]`);
const items = () => [...page.root.querySelectorAll('[data-testid="evidence-item"]')] as HTMLElement[];

async function mount() {
  await act(async () => render(<Locker lang="en" />, page.root));
  await flush();
}

async function change(el: Element, value: string) {
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

async function click(el: Element) {
  await act(async () => (el as HTMLElement).click());
  await flush();
}

describe('locker page (UI)', () => {
  it('shows the header: explanation, storage used, integrity verdict', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => ({ usage: 12.5 * 1048576, quota: 10_000 * 1048576 }) },
    });
    try {
      const db = openLocker();
      await saveCapture(db, input(), { screenshot: png() });
      await saveCapture(db, input({ capturedAt: at(22, 30) }), {});
      await mount();
      expect(page.root.querySelector('h1')!.textContent).toBe('Evidence locker');
      expect(page.root.textContent).toContain('stays in this browser on this computer');
      await until('storage', () => !!$('storage-used'));
      expect($('storage-used')!.textContent).toContain('12.5 MB used');
      expect($('storage-low')).toBeNull();
      await until('integrity', () => $('integrity-status')!.hasAttribute('data-ok'));
      expect($('integrity-status')!.getAttribute('data-ok')).toBe('true');
      expect($('integrity-status')!.textContent).toBe('Integrity checked: 2 entries, all signatures valid');
    } finally {
      delete (navigator as { storage?: unknown }).storage;
    }
  });

  it('lists rows newest first with a screenshot <img> or a placeholder and the reason, times, platform, seller, kinds', async () => {
    const db = openLocker();
    await saveCapture(db, input(), { screenshot: png(), pageText: 'page' });
    await saveCapture(
      db,
      input({
        capturedAt: at(23),
        message: 'pay to my Alipay 13800138000',
        findings: [{ kind: 'payment_account', severity: 'high', rule: 'pay', start: 10, end: 16, text: 'Alipay', value: '13800138000' }],
      }),
      { screenshotError: 'the tab was in the background' },
    );
    await mount();
    await until('two rows', () => items().length === 2);
    const [newest, oldest] = items();
    expect(newest!.textContent).toContain('Alipay');
    expect(newest!.querySelector('img')).toBeNull();
    expect(newest!.querySelector('[data-testid="no-screenshot"]')).toBeTruthy();
    expect(newest!.textContent).toContain('the tab was in the background');
    expect(newest!.textContent).toContain('Private payment account');
    await until('thumbnail', () => !!oldest!.querySelector('img'));
    expect(oldest!.querySelector('img')!.getAttribute('src')).toMatch(/^blob:locker-ui\//);
    expect(oldest!.textContent).toContain('WeChat ID');
    expect(oldest!.textContent).toContain('taobao');
    expect(oldest!.textContent).toContain('兰兰女装');
    // Both the local time and the UTC time.
    const time = oldest!.querySelector('[data-testid="item-time"]')!.textContent!;
    expect(time).toContain('2026-11-22 10:00:00 UTC');
    expect(time).toContain('(Local time)');
  });

  it('filters narrow the list: case, platform, kind, from/to', async () => {
    const db = openLocker();
    await saveCapture(db, input(), {});
    await saveCapture(db, input({ capturedAt: at(24), message: 'QQ 12345678', findings: [{ kind: 'qq', severity: 'medium', rule: 'qq', start: 3, end: 11, text: '12345678', value: '12345678' }] }), {});
    await saveCapture(
      db,
      input({
        capturedAt: at(26),
        page: { url: 'https://www.ebay.com/itm/9', title: 'Lamp', platform: 'ebay', seller: 'bob' },
        message: 'pay with Zelle',
        findings: [{ kind: 'off_platform_payment', severity: 'high', rule: 'zelle', start: 9, end: 14, text: 'Zelle', value: 'zelle' }],
      }),
      {},
    );
    await mount();
    await until('three rows', () => items().length === 3);
    expect(page.root.querySelectorAll('[data-testid="case-item"]')).toHaveLength(2);

    await change($('filter-platform')!, 'ebay');
    await until('ebay', () => items().length === 1 && items()[0]!.textContent!.includes('Zelle'));
    await change($('filter-platform')!, '');
    await change($('filter-kind')!, 'qq');
    await until('qq', () => items().length === 1 && items()[0]!.textContent!.includes('12345678'));
    await change($('filter-kind')!, '');
    await until('all', () => items().length === 3);
    await change($('filter-from')!, '2026-11-23');
    await until('from the 23rd', () => items().length === 2);
    await change($('filter-to')!, '2026-11-25');
    await until('the 23rd to the 25th', () => items().length === 1 && items()[0]!.textContent!.includes('QQ'));
    await change($('filter-from')!, '');
    await change($('filter-to')!, '');
    await until('all again', () => items().length === 3);

    const bob = [...page.root.querySelectorAll('[data-testid="case-item"] button')].find((b) => b.textContent!.includes('bob'))!;
    await click(bob);
    await until('bob only', () => items().length === 1 && items()[0]!.textContent!.includes('Zelle'));
    expect($('case-count')!.textContent).toContain('1 record');
    expect(page.root.querySelector('.case-head [data-testid="export-bundle"]')).toBeTruthy();
    await click([...page.root.querySelectorAll('nav button')].find((b) => b.textContent === 'All cases')!);
    await until('all cases', () => items().length === 3);
    expect($('export-bundle')).toBeNull();
  });

  it('revokes thumbnail URLs when the list changes page', async () => {
    const db = openLocker();
    await saveCapture(db, input(), { screenshot: png() });
    await saveCapture(db, input({ capturedAt: at(25), page: { ...input().page, platform: 'jd', url: 'https://item.jd.com/1.html' } }), { screenshot: png() });
    await mount();
    await until('two thumbnails', () => page.root.querySelectorAll('[data-testid="evidence-item"] img').length === 2);
    expect(page.revoked).toEqual([]);
    await change($('filter-platform')!, 'jd');
    await until('one row', () => items().length === 1);
    expect(page.revoked).toHaveLength(1);
    expect(page.created).toEqual(expect.arrayContaining(page.revoked));
  });

  it('detail marks the finding and shows hostile page text as text only', async () => {
    const db = openLocker();
    const message = `wx: ${HOSTILE} lanlan_88 <b>now</b>`;
    const start = message.indexOf('lanlan_88');
    await saveCapture(
      db,
      input({
        message,
        author: `<script>alert(2)</script>`,
        findings: [{ kind: 'wechat', severity: 'high', rule: 'wechat-id', start, end: start + 9, text: 'lanlan_88', value: 'lanlan_88' }],
        context: [{ text: HOSTILE, author: '<i>eve</i>', role: 'seller' }],
        page: { url: 'javascript:alert(3)', title: `<title>${HOSTILE}`, platform: 'taobao', seller: '兰兰女装' },
      }),
      { screenshot: png(), pageText: 'text of the page', mhtml: new Blob(['MIME-Version: 1.0'], { type: 'multipart/related' }) },
    );
    await mount();
    await until('row', () => items().length === 1);
    expect(items()[0]!.textContent).toContain(HOSTILE);
    await click(items()[0]!);
    const detail = $('evidence-detail')!;
    expect(detail).toBeTruthy();
    const msg = $('detail-message')!;
    expect([...msg.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['lanlan_88']);
    expect(msg.textContent).toContain(message);
    expect(msg.querySelector('b')).toBeNull();
    expect(detail.textContent).toContain('<script>alert(2)</script> (seller)');
    expect(detail.textContent).toContain(`<i>eve</i> (seller): ${HOSTILE}`);
    expect(detail.textContent).toContain(`<title>${HOSTILE}`);
    // The only images are screenshots from blob: URLs; nothing became markup.
    await until('large screenshot', () => !!detail.querySelector('img.shot'));
    for (const img of page.root.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^blob:/);
    expect(page.root.querySelector('script, i, b, title')).toBeNull();
    // A javascript: URL is shown, never linked.
    expect(detail.textContent).toContain('javascript:alert(3)');
    expect([...detail.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').startsWith('javascript'))).toBe(false);
    // Every file's hash, with a download button each (page text and MHTML included).
    expect(detail.textContent).toContain('page-text.txt');
    expect(detail.textContent).toContain('page.mhtml');
    expect([...detail.querySelectorAll('button')].filter((b) => b.textContent === 'Download')).toHaveLength(3);
  });

  it('detail links an http(s) URL with noreferrer noopener in a new tab and lists later repeats', async () => {
    const db = openLocker();
    await saveCapture(db, input({ trigger: 'auto' }), { screenshot: png() });
    await saveCapture(db, input({ trigger: 'auto', capturedAt: at(22, 5), message: '再说一次 lanlan_88', findings: [{ ...input().findings[0]!, start: 5, end: 14 }] }), {});
    await mount();
    await until('one row (the repeat folds in)', () => items().length === 1);
    await click(items()[0]!);
    const a = [...$('evidence-detail')!.querySelectorAll('a')].find((x) => x.textContent === 'https://item.taobao.com/item.htm?id=1')!;
    expect(a.getAttribute('href')).toBe('https://item.taobao.com/item.htm?id=1');
    expect(a.getAttribute('rel')).toBe('noreferrer noopener');
    expect(a.getAttribute('target')).toBe('_blank');
    expect($('detail-time')!.textContent).toContain('automatically');
    await until('repeat', () => !!$('addendum'));
    expect($('evidence-detail')!.textContent).toContain('Later repeats');
    expect($('addendum')!.textContent).toContain('再说一次 lanlan_88');
    expect($('addendum')!.textContent).toContain('2026-11-22T10:05:00.000Z');
  });

  it('delete asks in the page first, then leaves a tombstone and says so', async () => {
    const db = openLocker();
    const keep = await saveCapture(db, input({ capturedAt: at(21) }), {});
    const gone = await saveCapture(db, input(), { screenshot: png() });
    const confirmSpy = vi.fn(() => true);
    vi.stubGlobal('confirm', confirmSpy);
    await mount();
    await until('two rows', () => items().length === 2);
    await click(items()[0]!);
    await click($('delete-record')!);
    expect($('confirm-delete')).toBeTruthy();
    expect(page.root.querySelector('[role="dialog"]')).toBeTruthy();
    expect(confirmSpy).not.toHaveBeenCalled();
    expect((await chainEntries(db)).map((e) => e.kind)).toEqual(['record', 'record']);
    await click($('confirm-delete')!);
    await until('back to the list', () => !$('evidence-detail') && items().length === 1);
    expect(page.root.querySelector('[role="status"]')!.textContent).toContain('deletion entry');
    expect(items()[0]!.getAttribute('data-record')).toBe(keep.recordId);
    const kinds = (await chainEntries(db)).map((e) => e.kind);
    expect(kinds.at(-1)).toBe('tombstone');
    expect((await db.records.get(gone.recordId))!.content).toBeNull();
    await until('integrity after delete', () => $('integrity-status')!.getAttribute('data-ok') === 'true');
  });

  it(`pages 250 records ${PAGE_SIZE} at a time`, { timeout: 60_000 }, async () => {
    const db = openLocker();
    for (let i = 0; i < 250; i++) {
      await saveCapture(db, input({ capturedAt: new Date(Date.UTC(2026, 0, 1, 0, i)), message: `msg #${i} lanlan_88` }), {});
    }
    await mount();
    await until('first page', () => items().length === PAGE_SIZE);
    expect(items()[0]!.textContent).toContain('msg #249 ');
    expect($('record-count')!.textContent).toContain('250 records');
    expect($('show-more')!.textContent).toContain('100 of 250');
    await click($('show-more')!);
    await until('second page', () => items().length === 200);
    expect($('show-more')!.textContent).toContain('200 of 250');
    await click($('show-more')!);
    await until('all', () => items().length === 250);
    expect($('show-more')).toBeNull();
    expect(items().at(-1)!.textContent).toContain('msg #0 ');
  });

  it('mounts the verify and import tools', async () => {
    await mount();
    expect($('verify-bundle')).toBeTruthy();
    expect($('import-bundle')).toBeTruthy();
    expect([...page.root.querySelectorAll('details.tools summary')].map((s) => s.textContent)).toEqual(['Verify a bundle', 'Import a bundle']);
  });
});
