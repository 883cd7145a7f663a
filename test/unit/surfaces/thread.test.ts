// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contextOf, pickAdapter } from '../../../lib/surfaces/index';
import { collectGeneric } from '../../../lib/surfaces/generic';
import { loadFixture } from './load-fixture';

describe('split handle thread (thread-split.html)', () => {
  it('yields the messages of one chat, in order, text without author names', () => {
    const url = 'https://chat.tea-shop.example/t/1';
    const { doc } = loadFixture('thread-split', url);
    const adapter = pickAdapter(new URL(url));
    const units = adapter.collect(doc);
    const container = doc.querySelector('[data-expect="thread:wechat"]')!;
    const chat = units.filter((u) => u.chat === container);
    expect(chat.map((u) => u.text)).toEqual(['这款明前龙井还有货吗？', '有的，今年新茶', '你加我', 'V', 'qz_5577', '在平台下单不行吗']);
    expect(chat.map((u) => u.role)).toEqual(['buyer', 'seller', 'seller', 'seller', 'seller', 'buyer']);
    expect(chat.map((u) => u.author)).toEqual(['我', '青竹茶叶店', '青竹茶叶店', '青竹茶叶店', '青竹茶叶店', '我']);
    // a number typed over three messages: each piece is its message's text, not taken for a time stamp
    const phone = units.filter((u) => u.chat === doc.querySelector('[data-expect="thread:phone"]'));
    expect(phone.map((u) => u.text)).toEqual(['你好', '在吗', '139', '1234', '5678']);
    const v = chat.find((u) => u.text === 'V')!;
    const ctx = contextOf(v, units).map((c) => c.text);
    expect(ctx).toContain('你加我');
    expect(ctx).toContain('qz_5577');
  });
});

describe('message body without the author name', () => {
  function units(html: string) {
    document.body.innerHTML = `<div role="log">${html}</div>`;
    return collectGeneric(document);
  }

  it('header with name and time above a bubble → the bubble', () => {
    const [u] = units('<div><div class="h"><b>阿珍</b><time>10:32</time></div><div class="bubble"><p>加我 V</p></div></div>');
    expect(u!.el.closest('.bubble')).not.toBeNull();
    expect(u!.text).toBe('加我 V');
    expect(u!.author).toBe('阿珍');
  });

  it('a bare number is the message; a time beside it is not', () => {
    const [a, b] = units('<div><span>阿珍</span><span>1234</span></div><div><span>阿珍</span><span>3pm</span><span>5678</span></div>');
    expect(a!.text).toBe('1234');
    expect(b!.text).toBe('5678');
  });

  it('name, time and text side by side → the text', () => {
    const [u] = units('<div><span>阿珍</span><span>10:32</span><span class="t">mm_8866</span></div>');
    expect(u!.text).toBe('mm_8866');
  });

  it('name and text in one line of inline text → the whole item', () => {
    const [u] = units('<div><b>阿珍</b>：加我 V</div>');
    expect(u!.text).toBe('阿珍：加我 V');
    expect(u!.author).toBe('阿珍');
  });

  it('several text blocks beside the name → the whole item', () => {
    const [u] = units('<div><span>阿珍</span><p>第一行</p><p>第二行</p></div>');
    expect(u!.text).toBe('阿珍\n第一行\n第二行');
  });
});
