// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGenericAdapter, collectGeneric, ChatFinder } from '../../../lib/surfaces/generic';
import { isHidden } from '../../../lib/surfaces/dom';
import { findName, roleFromAttributes, roleFromWords } from '../../../lib/surfaces/roles';
import type { ScanUnit } from '../../../lib/surfaces/types';

function page(html: string): void {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
}

const texts = (units: readonly ScanUnit[]) => units.map((u) => u.text);

function noNesting(units: readonly ScanUnit[]): void {
  for (const a of units) for (const b of units) if (a !== b) expect(a.el.contains(b.el)).toBe(false);
}

beforeEach(() => page(''));

describe('generic blocks', () => {
  it('makes one unit per block that owns text, never a parent and its child', () => {
    page(`
      <div id="a">店主说：<p>加我薇信 abc_123</p></div>
      <section><p>第一段</p><p>第二段 <b>加粗</b></p></section>
      <article><h2>标题</h2><div><div>深层文字</div></div></article>`);
    const units = collectGeneric(document);
    expect(texts(units)).toEqual(['店主说：\n加我薇信 abc_123', '第一段', '第二段 加粗', '标题', '深层文字']);
    noNesting(units);
    expect(units[0]!.el.id).toBe('a');
    expect(units.every((u) => u.chat === undefined && u.role === 'unknown')).toBe(true);
  });

  it('does not let one stray text swallow a large nested block', () => {
    const paras = Array.from({ length: 12 }, (_, i) => `<p>${'段落文字'.repeat(80)} ${i}</p>`).join('');
    page(`<div id="big">|${paras}</div>`);
    const units = collectGeneric(document);
    expect(units.length).toBe(12);
    noNesting(units);
  });

  it('skips scripts, styles, form fields, editors and our own UI', () => {
    page(`
      <script>var wx = "加我微信 abc"</script><style>.x{}</style><noscript>no js</noscript>
      <template><p>tpl 加我微信</p></template>
      <textarea>加我微信 abc</textarea><input value="加我微信 abc">
      <div contenteditable="true"><p>我正在输入 加我微信</p></div>
      <div data-opg-ui><p>警告：疑似场外交易</p></div>
      <p>正文</p>`);
    expect(texts(collectGeneric(document))).toEqual(['正文']);
  });

  it('keeps a button or link as its own unit when its block cannot be one', () => {
    page(`<div><div role="log"><div>a 第一条消息</div><div>b 第二条消息</div></div>把握机会 <button>加入购物车</button></div>`);
    const units = collectGeneric(document);
    expect(texts(units)).toContain('加入购物车');
    noNesting(units);
  });

  it('reads shadow roots it is given', () => {
    page('<div id="host"></div>');
    const sr = document.getElementById('host')!.attachShadow({ mode: 'open' });
    sr.innerHTML = '<span>加我 V</span><div><p>影子里的段落</p></div>';
    expect(texts(collectGeneric(sr))).toEqual(['加我 V', '影子里的段落']);
  });
});

describe('hidden detection', () => {
  it.each([
    ['display:none ancestor', '<div style="display:none"><p id="t">x 文字</p></div>'],
    ['visibility:hidden', '<p id="t" style="visibility:hidden">文字</p>'],
    ['hidden attribute', '<div hidden><p id="t">文字</p></div>'],
    ['opacity 0', '<div style="opacity:0"><p id="t">文字</p></div>'],
    ['off-screen', '<p id="t" style="position:absolute;left:-9999px">文字</p>'],
    ['text-indent', '<p id="t" style="text-indent:-9999px">文字</p>'],
    ['font-size 0', '<p id="t" style="font-size:0">文字</p>'],
    ['zero size clipped', '<div style="width:0;height:0;overflow:hidden"><p id="t">文字</p></div>'],
    ['clip rect', '<p id="t" style="position:absolute;clip:rect(0 0 0 0)">文字</p>'],
    ['transparent text', '<p id="t" style="color:transparent">文字</p>'],
    ['stylesheet rule', '<style>.gone{display:none}</style><div class="gone"><p id="t">文字</p></div>'],
  ])('%s', (_name, html) => {
    page(html);
    expect(isHidden(document.getElementById('t')!)).toBe(true);
  });

  it('visible text is not hidden', () => {
    page('<div style="opacity:0.9"><p id="t" style="color:#333">文字</p></div>');
    expect(isHidden(document.getElementById('t')!)).toBe(false);
    const [u] = collectGeneric(document);
    expect(u!.hidden).toBe(false);
  });

  it('units carry the flag', () => {
    page('<p>看得见</p><p style="position:fixed;top:-5000px">加我微信 hid_01</p>');
    const units = collectGeneric(document);
    expect(units.map((u) => u.hidden)).toEqual([false, true]);
  });
});

describe('chats by structure', () => {
  it('role=log: each item is a unit in that chat, roles from data-role / aria-label / names', () => {
    page(`<div id="log" role="log">
      <div data-role="seller"><span>阿珍</span><p>您好</p></div>
      <div aria-label="Message from buyer"><p>在吗 我想问下</p></div>
      <div><span>客服小美</span><p>加我薇信 abc_123</p></div>
      <div><span>我</span><p>好的</p></div>
      <div><span>主播</span><p>扣1上车</p></div>
    </div>`);
    const units = collectGeneric(document);
    const log = document.getElementById('log');
    expect(units.length).toBe(5);
    expect(units.every((u) => u.chat === log)).toBe(true);
    expect(units.map((u) => u.role)).toEqual(['seller', 'buyer', 'seller', 'buyer', 'streamer']);
    expect(units.map((u) => u.author)).toEqual(['阿珍', undefined, '客服小美', '我', '主播']);
  });

  it('role=feed and aria-live regions, through a single wrapper', () => {
    page(`<div id="f" role="feed"><div class="inner"><article>第一条动态内容</article><article>第二条动态内容</article></div></div>
          <div id="l" aria-live="polite"><p>新消息：你好</p><p>新消息：在吗</p></div>`);
    const units = collectGeneric(document);
    expect(units.filter((u) => u.chat === document.getElementById('f')).length).toBe(2);
    expect(units.filter((u) => u.chat === document.getElementById('l')).length).toBe(2);
  });

  it('repeated sibling items of one shape (≥3), without any ARIA or class names', () => {
    page(`<div id="c"><div>会话标题</div>
      <div><div>阿珍</div><div>亲在的呢，有什么问题</div></div>
      <div><div>我</div><div>什么时候发货呀</div></div>
      <div><div>阿珍</div><div>加我徽信 azhen_kf01 给您加急</div></div>
    </div>`);
    const units = collectGeneric(document);
    const chat = units.filter((u) => u.chat === document.getElementById('c'));
    expect(chat.map((u) => u.author)).toEqual(['阿珍', '我', '阿珍']);
    expect(texts(units)).toContain('会话标题'); // the heading is a block, not a message
    noNesting(units);
  });

  it('two items in a scrolling pane are a chat; two items elsewhere are not', () => {
    page(`<div id="s" style="overflow-y:auto;height:200px"><div><b>甲</b> 你好啊朋友</div><div><b>乙</b> 你好你好呀</div></div>
          <div id="n"><div><b>甲</b> 你好啊朋友</div><div><b>乙</b> 你好你好呀</div></div>`);
    const units = collectGeneric(document);
    expect(units.filter((u) => u.chat === document.getElementById('s')).length).toBe(2);
    expect(units.filter((u) => u.chat).length).toBe(2);
  });

  it('option lists, menus and link grids are not chats', () => {
    page(`<ul id="sku"><li>S 码</li><li>M 码</li><li>L 码</li><li>XL码</li></ul>
          <nav><div><a href="/a">首页推荐内容</a></div><div><a href="/b">分类推荐内容</a></div><div><a href="/c">我的订单列表</a></div></nav>
          <div id="grid"><div><a href="/p1">商品一 加绒卫衣</a></div><div><a href="/p2">商品二 V领毛衣</a></div><div><a href="/p3">商品三 羽绒服</a></div></div>`);
    expect(collectGeneric(document).filter((u) => u.chat)).toEqual([]);
  });

  it('a chat is found before a small block around it could swallow it', () => {
    page(`<div id="panel">在线客服<div role="log"><div>你好，在吗</div><div>加我微信 abc_123</div></div></div>`);
    const units = collectGeneric(document);
    expect(units.map((u) => u.text)).toEqual(['你好，在吗', '加我微信 abc_123']);
  });
});

describe('unitFor', () => {
  it('maps a text node to its chat item, block or inline unit like collect does', () => {
    page(`<div role="log" id="log"><div><span>客服</span><p id="m">加我 <b id="b">V</b></p></div><div>第二条</div></div>
          <div id="blk">说明：<p id="inner">内层</p></div>
          <section id="sec"><p>段一</p><p>段二</p></section>`);
    const a = createGenericAdapter();
    const all = a.collect(document);
    for (const u of all) {
      const t = u.el.querySelector('*')?.firstChild ?? u.el.firstChild!;
      expect(a.unitFor(t)?.el).toBe(u.el);
    }
    const u = a.unitFor(document.getElementById('b')!.firstChild!)!;
    expect(u.chat).toBe(document.getElementById('log'));
    expect(u.role).toBe('seller');
    expect(a.unitFor(document.getElementById('inner')!)?.el.id).toBe('blk');
    // A container without text of its own is no unit: collect it instead.
    expect(a.unitFor(document.getElementById('sec')!)).toBeNull();
  });

  it('recognises a new message appended to a scrolling pane that grows', () => {
    page(`<div id="pane" style="overflow:auto;height:100px"><div>第一条消息内容</div></div>`);
    const a = createGenericAdapter();
    const pane = document.getElementById('pane')!;
    const m = document.createElement('div');
    m.textContent = '加我薇信 grow_01';
    pane.appendChild(m);
    expect(a.unitFor(m)?.chat).toBe(pane);
  });

  it('reads messages appended to a chat list it already knows as a fresh adapter reads them', () => {
    page(`<div id="pane" role="log"><div class="m"><span>用户1：</span><span>第一条消息</span></div></div>
          <ul id="list"><li><b>阿珍</b> 今天发货吗 亲</li><li><b>客服</b> 今天下午发 放心</li><li><b>阿珍</b> 好的谢谢你</li></ul>`);
    const a = createGenericAdapter();
    const same = (node: Node) => {
      const fresh = createGenericAdapter().unitFor(node);
      const u = a.unitFor(node);
      expect(u && { el: u.el, text: u.text, chat: u.chat, author: u.author, role: u.role }).toEqual(
        fresh && { el: fresh.el, text: fresh.text, chat: fresh.chat, author: fresh.author, role: fresh.role },
      );
      return u;
    };
    const pane = document.getElementById('pane')!;
    const add = (parent: Element, html: string) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      const el = t.content.firstElementChild!;
      parent.append(el);
      return el;
    };
    for (const html of [
      '<div class="m"><span>客服小美：</span><span>加我 V abc_123</span></div>',
      '<div class="m" data-role="seller"><span>店主：</span><span>好的</span></div>',
      '<div class="m"><span>用户3：</span><span>   </span></div>',
      '<div class="m" contenteditable="true"><span>用户4：</span><span>草稿</span></div>',
      '<div class="m"><span>用户5：</span><span>扣1</span></div>',
    ]) {
      same(add(pane, html));
    }
    expect(a.unitFor(pane.lastElementChild!)?.text).toBe('扣1');
    // a list found by its repeated items: a new item is one, a one-off child of another shape is not
    const list = document.getElementById('list')!;
    same(list.firstElementChild!);
    expect(same(add(list, '<li><b>阿珍</b> 加我薇信 zz_88 吧</li>'))?.chat).toBe(list);
    same(add(list, '<p>以上是聊天记录 共四条</p>'));
  });

  it('ignores our own UI and editors', () => {
    page(`<div data-opg-ui><p id="w">警告</p></div><div contenteditable><p id="e">草稿</p></div>`);
    const a = createGenericAdapter();
    expect(a.unitFor(document.getElementById('w')!.firstChild!)).toBeNull();
    expect(a.unitFor(document.getElementById('e')!.firstChild!)).toBeNull();
  });
});

describe('roles and meta', () => {
  it.each([
    ['客服小美', 'seller'],
    ['【主播】阿强', 'streamer'],
    ['小杨官方旗舰店', 'seller'],
    ['我', 'buyer'],
    ['买家', 'buyer'],
    ['系统消息', 'platform'],
    ['Seller', 'seller'],
    ['momo', 'unknown'],
    ['我们的小店铺', 'seller'],
  ])('%s → %s', (words, role) => {
    expect(roleFromWords(words)).toBe(role);
  });

  it('answers a name asked again the same, past the number of names it remembers', () => {
    const names = Array.from({ length: 2_500 }, (_, i) => (i % 3 === 0 ? `客服${i}` : i % 3 === 1 ? `用户${i}` : `【主播】${i}`));
    const want = (i: number) => (i % 3 === 0 ? 'seller' : i % 3 === 1 ? 'unknown' : 'streamer');
    for (let round = 0; round < 2; round++) names.forEach((n, i) => expect(roleFromWords(n)).toBe(want(i)));
    expect(roleFromWords('')).toBe('unknown');
    expect(roleFromWords(undefined)).toBe('unknown');
  });

  it.each([
    ['<div data-role="seller"><p>您好</p></div>', 'seller'],
    ['<div><span data-sender="streamer">阿强</span><p>上链接了</p></div>', 'streamer'],
    ['<div class="m"><i aria-label="">x</i><b data-from="me">我</b></div>', 'buyer'],
    ['<div aria-label="message"><span data-author="host">h</span></div>', 'streamer'],
    ['<div class="m"><span>用户1：</span><span>扣1</span></div>', 'unknown'],
    ['<div data-role=""><span aria-label="">x</span></div>', 'unknown'],
  ])('role from the attributes of an item or its descendants: %s → %s', (html, role) => {
    page(html);
    expect(roleFromAttributes(document.body.firstElementChild!)).toBe(role);
  });

  it('a chat item\'s name: its element, its text as shown and as a name', () => {
    page('<div><span class="n"> 用户1001： </span><span>加我V abc_123</span></div>');
    const item = document.body.firstElementChild!;
    const found = findName(item)!;
    expect(found.el).toBe(item.firstElementChild);
    expect(found.text).toBe('用户1001：');
    expect(found.name).toBe('用户1001');
    page('<div><span>只有一句话</span></div>');
    expect(findName(document.body.firstElementChild!)).toBeUndefined();
  });

  it('generic meta: platform from the host, seller from JSON-LD, microdata or og:site_name', () => {
    const a = createGenericAdapter();
    document.head.innerHTML = '<meta property="og:site_name" content="Some Shop">';
    expect(a.meta(document).platform).toMatch(/^generic:/);
    expect(a.meta(document).seller).toBe('Some Shop');
    document.body.innerHTML = '<div itemprop="seller" itemscope><a href="/s/42"><span itemprop="name">Micro Seller</span></a></div>';
    expect(a.meta(document).seller).toBe('Micro Seller');
    document.head.innerHTML = `<script type="application/ld+json">{"@graph":[{"@type":"Product","offers":[{"seller":{"name":"LD Seller","url":"https://ld.example/"}}]}]}</script>`;
    expect(a.meta(document)).toMatchObject({ seller: 'LD Seller', sellerUrl: 'https://ld.example/' });
  });

  it('ChatFinder remembers containers it recognised', () => {
    page(`<div id="c"><div><i>a</i>第一条消息内容</div><div><i>b</i>第二条消息内容</div><div><i>c</i>第三条消息内容</div></div>`);
    const f = new ChatFinder();
    const c = document.getElementById('c')!;
    expect(f.signal(c)).toBe('repeat');
    c.children[0]!.remove();
    expect(f.signal(c)).toBe('repeat');
  });
});
