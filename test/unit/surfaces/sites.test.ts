// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { GENERIC, pickAdapter, contextOf } from '../../../lib/surfaces/index';
import type { ScanUnit } from '../../../lib/surfaces/types';
import { covering, expectations, loadFixture } from './load-fixture';

interface Case {
  id: string;
  url: string;
  adapter: string;
  platform: string;
  seller: string | RegExp;
  sellerUrl?: string;
}

const CASES: Case[] = [
  { id: 'taobao', url: 'https://item.taobao.com/item.htm?id=712345678901', adapter: 'taobao', platform: 'taobao', seller: '小美潮流服饰店', sellerUrl: 'https://shop178923456.taobao.com/' },
  { id: 'jd', url: 'https://item.jd.com/100012345678.html', adapter: 'jd', platform: 'jd', seller: 'Apple产品京东自营旗舰店', sellerUrl: 'https://mall.jd.com/index-1000000127.html' },
  { id: 'pinduoduo', url: 'https://mobile.yangkeduo.com/goods.html?goods_id=123456', adapter: 'pinduoduo', platform: 'pinduoduo', seller: '暖暖家居旗舰店', sellerUrl: 'https://mobile.yangkeduo.com/mall_page.html?mall_id=889900' },
  { id: 'douyin', url: 'https://live.douyin.com/731234567890', adapter: 'douyin', platform: 'douyin', seller: '小杨甄选直播间' },
  { id: 'kuaishou', url: 'https://live.kuaishou.com/u/3xqiangfactory', adapter: 'kuaishou', platform: 'kuaishou', seller: '阿强工厂店', sellerUrl: 'https://live.kuaishou.com/profile/3xqiangfactory' },
  { id: 'xiaohongshu', url: 'https://www.xiaohongshu.com/explore/65a1b2c3d4e5f6a7b8c9d0e1', adapter: 'xiaohongshu', platform: 'xiaohongshu', seller: '小鹿的好物分享', sellerUrl: 'https://www.xiaohongshu.com/user/profile/5f1e2d3c4b5a697887766554' },
  { id: 'xianyu', url: 'https://www.goofish.com/item?id=7123456789', adapter: 'xianyu', platform: 'xianyu', seller: '闲置小王', sellerUrl: 'https://www.goofish.com/personal?userId=2207712345' },
  { id: 'ebay', url: 'https://www.ebay.com/itm/256123456789', adapter: 'ebay', platform: 'ebay', seller: 'techdeals_usa', sellerUrl: 'https://www.ebay.com/str/techdealsusa' },
  { id: 'etsy', url: 'https://www.etsy.com/listing/1234567890/handmade-silver-ring', adapter: 'etsy', platform: 'etsy', seller: 'SilverMoonStudio', sellerUrl: 'https://www.etsy.com/shop/SilverMoonStudio?ref=shop-header-name' },
  { id: 'shopee', url: 'https://shopee.sg/Wireless-Earbuds-i.123.456', adapter: 'shopee', platform: 'shopee', seller: 'GadgetZone.SG', sellerUrl: 'https://shopee.sg/gadgetzone.sg' },
  { id: 'facebook', url: 'https://www.facebook.com/marketplace/item/1234567890/', adapter: 'facebook', platform: 'facebook', seller: 'Jordan Miles', sellerUrl: 'https://www.facebook.com/marketplace/profile/100012345678/' },
  { id: 'generic-shop', url: 'https://lucky-tea-house.example/products/tie-guan-yin', adapter: 'generic', platform: 'generic:lucky-tea-house.example', seller: 'Lucky Tea House', sellerUrl: 'https://lucky-tea-house.example/' },
  { id: 'generic-chat', url: 'https://kefu.some-mall.example/chat?id=9', adapter: 'generic', platform: 'generic:kefu.some-mall.example', seller: /.*/ },
  { id: 'thread-split', url: 'https://chat.tea-shop.example/t/1', adapter: 'generic', platform: 'generic:chat.tea-shop.example', seller: /.*/ },
];

let current: { close(): Promise<void> } | null = null;
afterEach(async () => {
  await current?.close();
  current = null;
});

function load(c: Case) {
  const { doc, win } = loadFixture(c.id, c.url);
  current = win.happyDOM;
  const adapter = pickAdapter(new URL(c.url));
  return { doc, adapter, units: adapter.collect(doc) };
}

function assertNoNesting(units: readonly ScanUnit[]): void {
  const els = new Set(units.map((u) => u.el));
  expect(els.size).toBe(units.length);
  for (const u of units) {
    for (let p = u.el.parentElement; p; p = p.parentElement) expect(els.has(p)).toBe(false);
  }
}

describe.each(CASES)('$id fixture', (c) => {
  it('is picked by URL', () => {
    expect(pickAdapter(new URL(c.url)).id).toBe(c.adapter);
  });

  it('covers every marked element with exactly one unit, never nested', () => {
    const { doc, units } = load(c);
    const exp = expectations(doc);
    expect(exp.length).toBeGreaterThan(3);
    assertNoNesting(units);
    for (const e of exp) {
      if (e.kind.startsWith('thread:')) continue;
      const hits = covering(units, e.el);
      expect(hits.length, `${c.id}: ${e.kind} "${e.el.textContent?.trim().slice(0, 40)}"`).toBe(1);
    }
  });

  it('is still fully read by the generic adapter alone (a redesign that breaks every selector)', () => {
    const { doc } = load(c);
    const units = GENERIC.collect(doc);
    assertNoNesting(units);
    for (const e of expectations(doc)) {
      if (e.kind.startsWith('thread:')) continue;
      // At least one unit (a message split into its name and text blocks is fine here).
      expect(covering(units, e.el).length, `${c.id} via generic: ${e.kind} "${e.el.textContent?.trim().slice(0, 40)}"`).toBeGreaterThan(0);
    }
    const inducements = expectations(doc).filter((e) => e.kind !== 'none' && !e.kind.startsWith('thread:'));
    expect(inducements.every((e) => covering(units, e.el)[0]!.text.length > 0)).toBe(true);
  });

  it('has inducements of known kinds and ordinary text', () => {
    const { doc } = load(c);
    const kinds = expectations(doc).map((e) => e.kind);
    expect(kinds).toContain('none');
    const known = ['wechat', 'qq', 'phone', 'email', 'im_handle', 'bank_account', 'payment_account', 'payment_qr', 'off_platform_payment', 'cashback_card', 'contact_request', 'external_channel'];
    for (const k of kinds) if (k !== 'none') expect(known).toContain(k.replace(/^thread:/, ''));
  });

  it('gives roles where the fixture says and hides what is hidden', () => {
    const { doc, units } = load(c);
    for (const e of expectations(doc)) {
      if (e.kind.startsWith('thread:')) continue;
      const [u] = covering(units, e.el);
      if (e.role) expect(u!.role, `${c.id}: role of "${u!.text.slice(0, 30)}"`).toBe(e.role);
      expect(u!.hidden, `${c.id}: hidden "${u!.text.slice(0, 30)}"`).toBe(e.hidden);
    }
  });

  it('finds the platform and the shop', () => {
    const { doc, adapter } = load(c);
    const meta = adapter.meta(doc);
    expect(meta.platform).toBe(c.platform);
    if (typeof c.seller === 'string') expect(meta.seller).toBe(c.seller);
    if (c.sellerUrl) expect(meta.sellerUrl).toBe(c.sellerUrl);
  });

  it('groups chat messages into one chat with context', () => {
    const { doc, units } = load(c);
    const inducements = expectations(doc).filter((e) => e.kind !== 'none' && !e.kind.startsWith('thread:'));
    const chatUnits = inducements.map((e) => covering(units, e.el)[0]!).filter((u) => u.chat);
    for (const u of chatUnits) {
      const ctx = contextOf(u, units, 20);
      expect(ctx.length).toBeGreaterThan(0);
      expect(ctx.every((m) => typeof m.text === 'string' && m.text.length > 0)).toBe(true);
    }
    if (!['generic-shop', 'jd', 'taobao'].includes(c.id) || true) {
      // Every fixture but the shop page has a chat or comment thread.
      if (c.id !== 'generic-shop') expect(units.some((u) => u.chat)).toBe(true);
    }
  });

  it('finds the unit of a text node inside each marked element (unitFor)', () => {
    const { doc, adapter, units } = load(c);
    for (const e of expectations(doc)) {
      if (e.kind.startsWith('thread:')) continue;
      const walker = doc.createTreeWalker(e.el, 4 /* SHOW_TEXT */);
      let t: Node | null;
      while ((t = walker.nextNode()) && !/\S/.test(t.nodeValue ?? '')) {}
      if (!t) continue;
      const u = adapter.unitFor(t);
      const [expected] = covering(units, e.el);
      // The text may sit outside the unit's element (an author name beside the bubble): then no unit or the same.
      if (u) expect(u.el).toBe(expected!.el);
      else expect(expected!.el.contains(t)).toBe(false);
    }
  });
});
