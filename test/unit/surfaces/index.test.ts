// @vitest-environment happy-dom
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, GENERIC, contextOf, pickAdapter } from '../../../lib/surfaces/index';
import type { ScanUnit } from '../../../lib/surfaces/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('pickAdapter', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=1', 'taobao'],
    ['https://detail.tmall.com/item.htm?id=1', 'taobao'],
    ['https://detail.tmall.hk/hk/item.htm?id=1', 'taobao'],
    ['https://2.taobao.com/item.htm?id=1', 'xianyu'],
    ['https://www.goofish.com/item?id=1', 'xianyu'],
    ['https://item.jd.com/100012345678.html', 'jd'],
    ['https://npcitem.jd.hk/1.html', 'jd'],
    ['https://mobile.yangkeduo.com/goods.html?goods_id=1', 'pinduoduo'],
    ['https://mobile.pinduoduo.com/goods.html', 'pinduoduo'],
    ['https://live.douyin.com/731234567890', 'douyin'],
    ['https://www.douyin.com/video/1', 'douyin'],
    ['https://live.kuaishou.com/u/abc', 'kuaishou'],
    ['https://www.xiaohongshu.com/explore/abc', 'xiaohongshu'],
    ['https://www.ebay.com/itm/1', 'ebay'],
    ['https://www.ebay.co.uk/itm/1', 'ebay'],
    ['https://www.ebay.de/itm/1', 'ebay'],
    ['https://www.etsy.com/listing/1/x', 'etsy'],
    ['https://shopee.sg/x-i.1.2', 'shopee'],
    ['https://shopee.tw/x-i.1.2', 'shopee'],
    ['https://shopee.com.my/x-i.1.2', 'shopee'],
    ['https://www.facebook.com/marketplace/item/1/', 'facebook'],
    ['https://www.facebook.com/groups/1/', 'generic'],
    ['https://notebay.com/itm/1', 'generic'],
    ['https://faketaobao.com/', 'generic'],
    ['https://taobao.com.evil.example/', 'generic'],
    ['https://shop.example/', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(pickAdapter(new URL(url)).id).toBe(id);
  });

  it('every adapter file is registered once, has a fixture, and the registry has no generic', () => {
    const files = readdirSync(join(root, 'lib/surfaces/sites')).filter((f) => f.endsWith('.ts'));
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
    for (const id of ids) expect(existsSync(join(root, `test/fixtures/sites/${id}.html`)), id).toBe(true);
    expect(ids).not.toContain(GENERIC.id);
  });

  it('every adapter file says what it keys on (a doc comment)', () => {
    for (const f of readdirSync(join(root, 'lib/surfaces/sites'))) {
      expect(readFileSync(join(root, 'lib/surfaces/sites', f), 'utf8'), f).toMatch(/\/\*\*[\s\S]+?\*\/\s*export const/);
    }
  });
});

describe('contextOf', () => {
  function chat(n: number): { units: ScanUnit[]; log: Element } {
    document.body.innerHTML = `<div role="log">${Array.from({ length: n }, (_, i) => `<div>消息 ${i}</div>`).join('')}</div><p>无关段落</p>`;
    const units = GENERIC.collect(document);
    return { units, log: document.querySelector('[role=log]')! };
  }

  it('gives up to n messages of the same chat around the unit, in page order, without the unit', () => {
    const { units } = chat(40);
    const at = units.find((u) => u.text === '消息 30')!;
    const ctx = contextOf(at, units, 20);
    expect(ctx.length).toBe(20);
    expect(ctx.map((c) => c.text)).not.toContain('消息 30');
    expect(ctx[0]!.text).toBe('消息 16');
    expect(ctx[ctx.length - 1]!.text).toBe('消息 36');
    expect(ctx.every((c) => c.role === 'unknown')).toBe(true);
  });

  it('takes more from before when nothing follows, and reads the chat through an adapter', () => {
    const { units } = chat(10);
    const last = units.find((u) => u.text === '消息 9')!;
    expect(contextOf(last, units, 5).map((c) => c.text)).toEqual(['消息 4', '消息 5', '消息 6', '消息 7', '消息 8']);
    expect(contextOf(last, GENERIC, 3).map((c) => c.text)).toEqual(['消息 6', '消息 7', '消息 8']);
  });

  it('a block outside any chat has no context', () => {
    const { units } = chat(3);
    expect(contextOf(units.find((u) => u.text === '无关段落')!, units)).toEqual([]);
  });
});
